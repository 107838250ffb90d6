using System.Threading.Tasks;
using Dsco.Plugins.Sample.Store;
using Sellercloud.Plugins;

namespace Dsco.Plugins.IntegrationTests.SampleHost;

public sealed class SavedSearchTests
{
    private const string Qualifies = "UPDATE orders SET status = 3, payment_status = 30, shipping_status = 3, tracking_uploaded = 0, invoice_uploaded = 0 WHERE id = $id;";

    [Theory]
    [InlineData(null)]
    [InlineData("UPDATE orders SET status = 2 WHERE id = $id;")]
    public async Task TrackingExport_ShippedPaidUntrackedOrder_IsSelected(string? tweak)
    {
        await using var db = await TempDatabase.CreateAsync();
        var id = await ArrangeAsync(db, Qualifies, tweak);

        Assert.Equal(new[] { id }, await db.Searches.FindOrdersAsync(OrderSavedSearch.TrackingExport(1)));
    }

    [Theory]
    [InlineData("UPDATE orders SET company_id = 2 WHERE id = $id;")]
    [InlineData("UPDATE orders SET status = 200 WHERE id = $id;")]
    [InlineData("UPDATE orders SET status = -1 WHERE id = $id;")]
    [InlineData("UPDATE orders SET payment_status = 10 WHERE id = $id;")]
    [InlineData("UPDATE orders SET payment_status = 20 WHERE id = $id;")]
    [InlineData("UPDATE orders SET shipping_status = 2 WHERE id = $id;")]
    [InlineData("UPDATE orders SET shipping_status = 1 WHERE id = $id;")]
    [InlineData("UPDATE orders SET tracking_uploaded = 1 WHERE id = $id;")]
    public async Task TrackingExport_EachCriterion_ExcludesTheOrder(string tweak)
    {
        await using var db = await TempDatabase.CreateAsync();
        await ArrangeAsync(db, Qualifies, tweak);

        Assert.Empty(await db.Searches.FindOrdersAsync(OrderSavedSearch.TrackingExport(1)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("UPDATE orders SET payment_status = 10 WHERE id = $id;")] // the invoice search does not filter on payment
    public async Task InvoiceExport_ShippedTrackedUninvoicedParent_IsSelected(string? tweak)
    {
        await using var db = await TempDatabase.CreateAsync();
        var id = await ArrangeAsync(db, Qualifies + "UPDATE orders SET tracking_uploaded = 1 WHERE id = $id;", tweak);

        Assert.Equal(new[] { id }, await db.Searches.FindOrdersAsync(OrderSavedSearch.InvoiceExport(1)));
    }

    [Theory]
    [InlineData("UPDATE orders SET company_id = 2 WHERE id = $id;")]
    [InlineData("UPDATE orders SET status = 100 WHERE id = $id;")]
    [InlineData("UPDATE orders SET shipping_status = 2 WHERE id = $id;")]
    [InlineData("UPDATE orders SET tracking_uploaded = 0 WHERE id = $id;")]
    [InlineData("UPDATE orders SET invoice_uploaded = 1 WHERE id = $id;")]
    public async Task InvoiceExport_EachCriterion_ExcludesTheOrder(string tweak)
    {
        await using var db = await TempDatabase.CreateAsync();
        await ArrangeAsync(db, Qualifies + "UPDATE orders SET tracking_uploaded = 1 WHERE id = $id;", tweak);

        Assert.Empty(await db.Searches.FindOrdersAsync(OrderSavedSearch.InvoiceExport(1)));
    }

    [Fact]
    public async Task InvoiceExport_SplitChild_IsLeftOutButTrackingExportSeesIt()
    {
        await using var db = await TempDatabase.CreateAsync();
        var parent = await ArrangeAsync(db, Qualifies, null);
        var child = await ArrangeAsync(db, Qualifies, null, channelOrderId: "CHILD");
        await db.SqlAsync("UPDATE orders SET split_parent_order_id = $p WHERE id = $c;", ("$p", parent), ("$c", child));

        Assert.Equal(new[] { parent, child }, await db.Searches.FindOrdersAsync(OrderSavedSearch.TrackingExport(1)));
        await db.Orders.SetOrderMarkAsync(new[] { parent, child }, OrderMark.TrackingUploaded, true);
        Assert.Equal(new[] { parent }, await db.Searches.FindOrdersAsync(OrderSavedSearch.InvoiceExport(1)));
    }

    [Fact]
    public async Task InventoryExport_WithEnabledFilter_TakesOnlyEnabledProductsOfTheCompany()
    {
        await using var db = await TempDatabase.CreateAsync();
        await db.SqlAsync("INSERT INTO companies (id, name) VALUES (2, 'Other');");
        await db.SqlAsync("INSERT INTO products (product_id, company_id) VALUES ('OTHER-1', 2);");
        await db.SqlAsync("INSERT INTO product_custom_columns (product_id, name, value) VALUES ('OTHER-1', 'NeimanMarcus_Enabled', 'True');");
        await db.SqlAsync("UPDATE product_custom_columns SET value = 'true' WHERE product_id = 'NM-SCARF-SILK' AND name = 'NeimanMarcus_Enabled';");
        await db.SqlAsync("UPDATE product_custom_columns SET value = 'False' WHERE product_id = 'SC-BAG-001' AND name = 'NeimanMarcus_Enabled';");

        var enabled = await db.Searches.FindProductsAsync(ProductSavedSearch.InventoryExport(1, onlyEnabled: true));
        var all = await db.Searches.FindProductsAsync(ProductSavedSearch.InventoryExport(1, onlyEnabled: false));

        Assert.Equal(new[] { "NM-CANDLE-3PK", "NM-SCARF-SILK", "NM-TSHIRT-BLK-M", "NM-WALLET-BRN" }, enabled);
        Assert.Equal(7, all.Count);
        Assert.DoesNotContain("OTHER-1", all);
    }

    private static async Task<int> ArrangeAsync(TempDatabase db, string qualifies, string? tweak, string channelOrderId = "5000001")
    {
        await db.SqlAsync("INSERT OR IGNORE INTO companies (id, name) VALUES (2, 'Other');");
        var id = (await db.Orders.CreateOrderAsync(TempDatabase.Order(channelOrderId))).OrderId;
        foreach (var statement in qualifies.Split(';', System.StringSplitOptions.RemoveEmptyEntries | System.StringSplitOptions.TrimEntries))
        {
            await db.SqlAsync(statement + ";", ("$id", id));
        }

        if (tweak is not null)
        {
            await db.SqlAsync(tweak, ("$id", id));
        }

        return id;
    }
}
