using System;
using System.Linq;
using System.Threading.Tasks;
using Dsco.Plugins.Sample.Tasks;
using Sellercloud.Plugins;

namespace Dsco.Plugins.IntegrationTests.SampleHost;

public sealed class WarehouseFulfilmentTests
{
    [Fact]
    public async Task ShipAsync_ShipsSplitsAndMarksOrders_AndASecondRunChangesNothing()
    {
        await using var db = await TempDatabase.CreateAsync();
        var split = (await db.Orders.CreateOrderAsync(TempDatabase.Order("5000001", TempDatabase.Item("NM-TSHIRT-BLK-M", 2, 20m, "1"), TempDatabase.Item("NM-SCARF-SILK", 1, 50m, "2")))).OrderId;
        var kit = (await db.Orders.CreateOrderAsync(TempDatabase.Order("5000003", TempDatabase.Item("NM-CANDLE-3PK", 1, 30m, "1"), TempDatabase.Item("NM-WALLET-BRN", 1, 45m, "2")) with
        {
            ShippingCarrier = "USPS",
            ShippingService = "Priority",
            PaymentStatus = PaymentStatus.NoPayment,
        })).OrderId;
        var twoLines = (await db.Orders.CreateOrderAsync(TempDatabase.Order("5000004", TempDatabase.Item("SC-BAG-001", 1, 300m, "1"), TempDatabase.Item("NM-TSHIRT-BLK-M", 1, 20m, "2")) with { ShippingCarrier = "FedEx" })).OrderId;
        var onHold = (await db.Orders.CreateOrderAsync(TempDatabase.Order("5000006"))).OrderId;
        await db.SqlAsync("UPDATE orders SET status = 200 WHERE id = $id;", ("$id", onHold));
        var fulfilment = new WarehouseFulfilment(db.Store, db.Time);

        var shipped = await fulfilment.ShipAsync(1);

        Assert.Equal(new[] { split, kit, twoLines }, shipped.Select(s => s.OrderId));
        var childId = Assert.Single(shipped, s => s.SplitChildOrderId is not null).SplitChildOrderId!.Value;
        Assert.Equal(split, shipped.Single(s => s.SplitChildOrderId is not null).OrderId);

        var orders = (await db.Orders.GetOrdersAsync(new[] { split, childId, kit, twoLines, onHold })).ToDictionary(o => o.Id);
        foreach (var id in new[] { split, childId, kit, twoLines })
        {
            var order = orders[id];
            Assert.Equal((OrderStatus.Completed, ShippingStatus.FullyShipped, PaymentStatus.Charged), (order.Status, order.ShippingStatus, order.PaymentStatus));
            Assert.Equal(db.Time.GetUtcNow(), order.ShipDate);
            var package = Assert.Single(order.Packages);
            Assert.Equal((order.ShippingCarrier, order.ShippingService), (package.Carrier, package.Service));
            Assert.True(package.WeightLbs > 0);
            Assert.Matches("^[0-9]{18}$", package.SsccCode!);
            Assert.Equal(package.SsccCode![17] - '0', WarehouseFulfilment.Gs1CheckDigit(package.SsccCode[..17]));
            Assert.NotNull(order.ShipFromAddress);
        }

        Assert.Equal(ShippingStatus.Unshipped, orders[onHold].ShippingStatus);
        Assert.Empty(orders[onHold].Packages);

        // The split: one line stays, one moves to a child that keeps the channel order id and has its own package.
        Assert.Equal(new[] { "NM-TSHIRT-BLK-M" }, orders[split].Items.Select(i => i.ProductId));
        Assert.Equal(new[] { "NM-SCARF-SILK" }, orders[childId].Items.Select(i => i.ProductId));
        Assert.Equal(new[] { childId }, orders[split].SplitChildOrderIds);
        Assert.Equal(split, orders[childId].SplitParentOrderId);
        Assert.Equal("5000001", orders[childId].ChannelOrderId);
        Assert.Equal(new[] { split, childId }, await db.Orders.FindOrderIdsByChannelOrderIdAsync(1, "5000001"));
        Assert.Equal(("NM-SCARF-SILK", 1), (orders[childId].Packages[0].Items.Single().ProductId, orders[childId].Packages[0].Items.Single().Quantity));
        Assert.NotEqual(orders[split].Packages[0].TrackingNumber, orders[childId].Packages[0].TrackingNumber);
        Assert.StartsWith("1Z", orders[split].Packages[0].TrackingNumber, StringComparison.Ordinal);

        // The kit ships as its components, each tied to the kit line; only one order is split.
        var kitOrder = orders[kit];
        var kitLine = kitOrder.Items.Single(i => i.IsKit);
        var kitPackage = kitOrder.Packages.Single();
        Assert.StartsWith("9400", kitPackage.TrackingNumber, StringComparison.Ordinal);
        var component = kitPackage.Items.Single(i => i.KitComponentId is not null);
        Assert.Equal((kitLine.Id, kitLine.KitComponents[0].Id, "NM-CANDLE-SINGLE", 3), (component.OrderItemId, component.KitComponentId!.Value, component.ProductId, component.Quantity));
        Assert.Contains(kitPackage.Items, i => i.ProductId == "NM-WALLET-BRN" && i.KitComponentId is null);
        Assert.Equal(2, orders[twoLines].Items.Count);
        Assert.Empty(orders[twoLines].SplitChildOrderIds);

        var packagesBefore = await db.SqlAsync("SELECT COUNT(*) FROM packages;");
        Assert.Empty(await fulfilment.ShipAsync(1));
        Assert.Equal(packagesBefore, await db.SqlAsync("SELECT COUNT(*) FROM packages;"));
        Assert.Equal(5, await db.SqlAsync("SELECT COUNT(*) FROM orders;"));
    }

    [Fact]
    public void Gs1CheckDigit_MatchesTheGs1ExampleSscc()
    {
        // (00) 1 0614141 123456789 7, GS1's worked SSCC example.
        Assert.Equal(7, WarehouseFulfilment.Gs1CheckDigit("10614141123456789"));
        Assert.Equal(18, WarehouseFulfilment.Sscc(12345).Length);
    }

    [Theory]
    [InlineData("UPS", "1Z999AA10000012345")]
    [InlineData("FedEx", "700000012345")]
    [InlineData("USPS", "9400000000000000012345")]
    [InlineData("OnTrac", "TRK000000012345")]
    public void TrackingNumber_HasTheCarriersShape(string carrier, string expected)
    {
        Assert.Equal(expected, WarehouseFulfilment.TrackingNumber(carrier, 12345));
    }
}
