using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Sellercloud.Plugins;

namespace Dsco.Plugins.IntegrationTests.OrderImport;

/// <summary>
/// The real order import plugin (from <c>AddDscoPlugins</c>) against the in-process DSCO simulator and its demo
/// data, with an in-memory host, in both authentication modes.
/// </summary>
public sealed class OrderImportEndToEndTests : OrderImportSimulatorTest
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task DemoOrders_ImportedOnceAcknowledged_UnmatchedOneFailsAndStaysCreated_ReRunImportsNothingTwice(bool stream)
    {
        UseCredentials(stream);
        var plugin = Services.GetRequiredService<IOrderImportPlugin>();

        var first = await plugin.ImportOrdersAsync(Host.Context(Time));

        Assert.True(first.Completed, first.RunError);
        Assert.Equal("DSCO API v3 Order Import", first.PluginName);
        Assert.Equal(Imported, Host.Orders.Select(o => o.Order.ChannelOrderId).OrderBy(i => i, StringComparer.Ordinal));
        var failed = Assert.Single(first.Items, i => i.Outcome == ItemOutcome.Failed);
        Assert.Equal("5000005", failed.ItemId);
        Assert.Contains("sku 'NM-UNKNOWN-SKU'", failed.Message);
        Assert.Equal(5, first.SucceededCount);

        foreach (var id in Imported)
        {
            var order = Dsco.State.Order(id)!;
            Assert.Equal("shipment_pending", order.Status);
        }

        Assert.Equal("created", Dsco.State.Order("5000005")!.Status);
        foreach (var id in new[] { "5000001", "5000002", "5000003", "5000004" })
        {
            var hostId = Host.Orders.Single(o => o.Order.ChannelOrderId == id).Id;
            Assert.Equal(hostId.ToString(System.Globalization.CultureInfo.InvariantCulture), Dsco.State.Order(id)!.SupplierOrderNumber);
        }

        Assert.Null(Dsco.State.Order("5000006")!.SupplierOrderNumber); // DSCO had acknowledged it; we did not again
        Assert.Equal(1, Dsco.State.RequestCount("acknowledgeOrders"));

        // What the demo orders exercise.
        var second = Host.Order("5000002");
        Assert.Equal("SC-BAG-001", second.Items.Single().ProductId); // SKU → UPC
        Assert.Equal("25.00 off", second.CustomColumns["DSCO_Coupons"]);
        Assert.True(second.IsGift);
        Assert.Equal("Anna Nguyen", second.GiftToName);
        var third = Host.Order("5000003");
        Assert.Equal("J.D.", third.Items.Single(i => i.ProductId == "NM-WALLET-BRN").Personalization);
        var fourth = Host.Order("5000004");
        Assert.Equal(new[] { "SC-BAG-001", "NM-TSHIRT-BLK-M" }, fourth.Items.Select(i => i.ProductId)); // UPC → UPC, item id → DSCOItemID
        var firstOrder = Host.Order("5000001");
        Assert.Equal(("DSCO_1@sellercloud.com", PaymentStatus.Charged, "NM-PO-10001"), (firstOrder.CustomerUser, firstOrder.PaymentStatus, firstOrder.PoNumber));
        Assert.Equal(("Emily", "Carter", "Dallas"), (firstOrder.ShippingAddress.FirstName, firstOrder.ShippingAddress.LastName, firstOrder.ShippingAddress.City));
        Assert.Equal(2 * 18.00m + 60.00m, firstOrder.Payment!.Amount);

        if (stream)
        {
            var streamId = Host.Settings["DSCO_StreamID"];
            Assert.Contains(Dsco.State.Streams(), s => s.Id == streamId && s.ObjectType == "order");
            Assert.StartsWith("{", Host.Settings["DSCO_StreamPosition"], StringComparison.Ordinal);
            Assert.Equal("5000005", Host.Settings["DSCO_PendingOrderIds"]);
        }

        Time.Advance(TimeSpan.FromMinutes(30));
        var rerun = await plugin.ImportOrdersAsync(Host.Context(Time));

        Assert.True(rerun.Completed, rerun.RunError);
        Assert.Equal(5, Host.Orders.Count);
        var again = Assert.Single(rerun.Items);
        Assert.Equal(("5000005", ItemOutcome.Failed), (again.ItemId, again.Outcome));
        Assert.Equal(1, Dsco.State.RequestCount("acknowledgeOrders"));
        Assert.Equal("created", Dsco.State.Order("5000005")!.Status);
        if (stream)
        {
            Assert.Single(Dsco.State.Streams());
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task UnmatchedOrder_ImportedAndAcknowledgedOnceItsProductExists(bool stream)
    {
        UseCredentials(stream);
        var plugin = Services.GetRequiredService<IOrderImportPlugin>();
        await plugin.ImportOrdersAsync(Host.Context(Time));

        Host.Products.Add(new HostProduct { ProductId = "NM-UNKNOWN-SKU", CompanyId = InMemoryHost.CompanyId });
        Time.Advance(TimeSpan.FromMinutes(30));
        var result = await plugin.ImportOrdersAsync(Host.Context(Time));

        Assert.True(result.Completed, result.RunError);
        var item = Assert.Single(result.Items);
        Assert.Equal(("5000005", ItemOutcome.Succeeded), (item.ItemId, item.Outcome));
        Assert.Equal(6, Host.Orders.Count);
        Assert.Equal("shipment_pending", Dsco.State.Order("5000005")!.Status);
        if (stream)
        {
            Assert.Equal(string.Empty, Host.Settings["DSCO_PendingOrderIds"]);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task CrashAfterCreate_ReRunAcknowledgesTheExistingHostOrderWithoutASecondOne(bool stream)
    {
        UseCredentials(stream);
        // An earlier run created 5000001 in the host and died before DSCO took the acknowledgement.
        var earlier = await Host.CreateOrderAsync(new NewOrder { CompanyId = InMemoryHost.CompanyId, ChannelOrderId = "5000001", PoNumber = "NM-PO-10001" });
        var plugin = Services.GetRequiredService<IOrderImportPlugin>();

        var result = await plugin.ImportOrdersAsync(Host.Context(Time));

        Assert.True(result.Completed, result.RunError);
        Assert.Single(Host.Orders, o => o.Order.ChannelOrderId == "5000001");
        var item = Assert.Single(result.Items, i => i.ItemId == "5000001");
        Assert.Equal((ItemOutcome.Succeeded, (int?)earlier.OrderId), (item.Outcome, item.OrderId));
        Assert.Contains("already imported", item.Message, StringComparison.Ordinal);
        var dscoOrder = Dsco.State.Order("5000001")!;
        Assert.Equal(("shipment_pending", earlier.OrderId.ToString(System.Globalization.CultureInfo.InvariantCulture)), (dscoOrder.Status, dscoOrder.SupplierOrderNumber));
    }

    [Fact]
    public async Task Stream_SellerResetsThePosition_ReplayedOrdersAreNotImportedTwice()
    {
        UseCredentials(stream: true);
        var plugin = Services.GetRequiredService<IOrderImportPlugin>();
        await plugin.ImportOrdersAsync(Host.Context(Time));

        Host.Settings["DSCO_StreamPosition"] = "z/2026/12/01/00/00/000";
        Time.Advance(TimeSpan.FromMinutes(5));
        var result = await plugin.ImportOrdersAsync(Host.Context(Time));

        Assert.True(result.Completed, result.RunError);
        Assert.Equal(5, Host.Orders.Count);
        // Replayed events still say "created" (they are snapshots), so those orders are acknowledged again —
        // harmless at DSCO — and reported as already imported, each with the host order it already is.
        Assert.All(result.Items.Where(i => i.Outcome == ItemOutcome.Succeeded), i => Assert.Contains("already imported as order", i.Message, StringComparison.Ordinal));
        Assert.Equal(
            Host.Orders.Where(o => o.Order.ChannelOrderId != "5000006").Select(o => (int?)o.Id).OrderBy(i => i),
            result.Items.Where(i => i.Outcome == ItemOutcome.Succeeded).Select(i => i.OrderId).OrderBy(i => i));
        Assert.DoesNotContain("z/2026/12/01", Host.Settings["DSCO_StreamPosition"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stream_MalformedReset_RunErrorNamingTheFormat()
    {
        UseCredentials(stream: true);
        Host.Settings["DSCO_StreamPosition"] = "z/2026/12/1/00/00/000";
        var plugin = Services.GetRequiredService<IOrderImportPlugin>();

        var result = await plugin.ImportOrdersAsync(Host.Context(Time));

        Assert.False(result.Completed);
        Assert.Contains("DSCO_StreamPosition", result.RunError, StringComparison.Ordinal);
        Assert.Contains("z/2022/09/26/20/19/000", result.RunError, StringComparison.Ordinal);
        Assert.Empty(Host.Orders);
    }
}
