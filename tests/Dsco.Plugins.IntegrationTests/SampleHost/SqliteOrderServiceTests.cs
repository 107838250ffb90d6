using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Dsco.Plugins.Sample.Store;
using Sellercloud.Plugins;

namespace Dsco.Plugins.IntegrationTests.SampleHost;

public sealed class SqliteOrderServiceTests
{
    [Fact]
    public async Task CreateOrderAsync_NewOrder_StoresItemsAddressesPaymentAndColumns()
    {
        await using var db = await TempDatabase.CreateAsync();
        var order = TempDatabase.Order(
            "5000003",
            TempDatabase.Item("NM-CANDLE-3PK", 2, 30m, "1") with { CoOpFee = 0.75m, ChannelItemId = "9000003" },
            TempDatabase.Item("NM-WALLET-BRN", 1, 45m, "2") with { Personalization = "J.D." }) with
        {
            ShipFromWarehouseId = 2,
            LockShippingMethod = true,
            ShippingRequiresThirdParty = true,
            Payment = new NewPayment(110m, "Neiman Marcus", "5000003"),
            BillingAddress = new HostAddress { FirstName = "Bill", City = "Austin" },
        };

        var created = await db.Orders.CreateOrderAsync(order);

        Assert.False(created.AlreadyExisted);
        Assert.Equal(new[] { created.OrderId }, await db.Orders.FindOrderIdsByChannelOrderIdAsync(1, "5000003"));
        var stored = Assert.Single(await db.Orders.GetOrdersAsync(new[] { created.OrderId }));
        Assert.Equal("PO-5000003", stored.PoNumber);
        Assert.Equal(OrderStatus.InProcess, stored.Status);
        Assert.Equal(ShippingStatus.Unshipped, stored.ShippingStatus);
        Assert.Equal(PaymentStatus.Charged, stored.PaymentStatus);
        Assert.True(stored.LockShippingMethod);
        Assert.True(stored.ShippingRequiresThirdParty);
        Assert.Equal(order.OrderDate, stored.OrderDate);
        Assert.Equal("Dallas", stored.ShippingAddress.City);
        Assert.Equal("Austin", stored.BillingAddress!.City);
        Assert.Equal("Boston", stored.ShipFromAddress!.City);
        Assert.Equal("02210", stored.ShipFromAddress.PostalCode);
        Assert.Equal(105m, stored.SubTotal);
        Assert.Equal(111.25m, stored.GrandTotal);
        Assert.Equal("jane@example.com", stored.CustomColumns["dsco_email"]);

        var kit = stored.Items[0];
        Assert.True(kit.IsKit);
        Assert.Equal(0.75m, kit.CoOpFee);
        Assert.Equal("9000003", kit.ChannelItemId);
        var component = Assert.Single(kit.KitComponents);
        Assert.Equal(("NM-CANDLE-SINGLE", 3, 6), (component.ProductId, component.QuantityPerKit, component.TotalQuantity));
        Assert.False(stored.Items[1].IsKit);
        Assert.Equal("2", stored.Items[1].ChannelLineId);
        Assert.Equal("Brown Wallet", stored.Items[1].Name);
        Assert.Equal(1, await db.SqlAsync("SELECT COUNT(*) FROM payments WHERE order_id = $id AND amount = '110' AND reference = '5000003';", ("$id", created.OrderId)));
        Assert.Equal(1, await db.SqlAsync("SELECT COUNT(*) FROM order_items WHERE order_id = $id AND product_id = 'NM-WALLET-BRN' AND personalization = 'J.D.';", ("$id", created.OrderId)));
    }

    [Fact]
    public async Task CreateOrderAsync_SameChannelOrderIdTwice_ReturnsExistingAndKeepsOneRow()
    {
        await using var db = await TempDatabase.CreateAsync();
        var first = await db.Orders.CreateOrderAsync(TempDatabase.Order("5000001"));

        var second = await db.Orders.CreateOrderAsync(TempDatabase.Order("5000001", TempDatabase.Item("NM-SCARF-SILK", 1, 10m, "9")));

        Assert.True(second.AlreadyExisted);
        Assert.Equal(first.OrderId, second.OrderId);
        Assert.Equal(1, await db.SqlAsync("SELECT COUNT(*) FROM orders WHERE channel_order_id = '5000001';"));
        Assert.Equal(1, await db.SqlAsync("SELECT COUNT(*) FROM order_items;"));
    }

    [Fact]
    public async Task CreateOrderAsync_ConcurrentDuplicates_CreateExactlyOneOrder()
    {
        await using var db = await TempDatabase.CreateAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => db.Orders.CreateOrderAsync(TempDatabase.Order("5000002")))));

        Assert.Single(results, r => !r.AlreadyExisted);
        Assert.Single(results.Select(r => r.OrderId).Distinct());
        Assert.Equal(1, await db.SqlAsync("SELECT COUNT(*) FROM orders;"));
    }

    [Fact]
    public async Task CreateOrderAsync_UniqueIndex_RejectsASecondOriginalOrderWrittenBehindTheService()
    {
        await using var db = await TempDatabase.CreateAsync();
        await db.Orders.CreateOrderAsync(TempDatabase.Order("5000001"));

        var ex = await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => db.SqlAsync(
            "INSERT INTO orders (company_id, channel_order_id, order_date, created_at, status, payment_status, shipping_status) VALUES (1, '5000001', 'x', 'x', 2, 30, 1);"));

        Assert.Contains("UNIQUE", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateOrderAsync_SecondLineFails_LeavesNoOrderBehind()
    {
        await using var db = await TempDatabase.CreateAsync();
        var order = TempDatabase.Order("5000005", TempDatabase.Item("NM-TSHIRT-BLK-M", 1, 10m, "1"), TempDatabase.Item("NM-UNKNOWN-SKU", 1, 10m, "2"));

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => db.Orders.CreateOrderAsync(order));

        Assert.Contains("line 2", ex.Message, StringComparison.Ordinal);
        Assert.Contains("NM-UNKNOWN-SKU", ex.Message, StringComparison.Ordinal);
        Assert.Empty(await db.Orders.FindOrderIdsByChannelOrderIdAsync(1, "5000005"));
        Assert.Equal(0, await db.SqlAsync("SELECT COUNT(*) FROM orders;"));
        Assert.Equal(0, await db.SqlAsync("SELECT COUNT(*) FROM order_items;"));
        Assert.Equal(0, await db.SqlAsync("SELECT COUNT(*) FROM order_addresses;"));
        Assert.Equal(0, await db.SqlAsync("SELECT COUNT(*) FROM order_custom_columns;"));

        // Nothing half-written blocks the corrected order.
        Assert.False((await db.Orders.CreateOrderAsync(TempDatabase.Order("5000005"))).AlreadyExisted);
    }

    [Theory]
    [InlineData("", "ChannelOrderId")]
    [InlineData("5000009", "quantity 0")]
    public async Task CreateOrderAsync_InvalidOrder_ThrowsNamingTheProblem(string channelOrderId, string expected)
    {
        await using var db = await TempDatabase.CreateAsync();
        var order = TempDatabase.Order(channelOrderId, TempDatabase.Item("NM-TSHIRT-BLK-M", 0, 10m, "1"));

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => db.Orders.CreateOrderAsync(order));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, await db.SqlAsync("SELECT COUNT(*) FROM orders;"));
    }

    [Fact]
    public async Task FindOrderIdsByChannelOrderIdAsync_IsExactAndPerCompany()
    {
        await using var db = await TempDatabase.CreateAsync();
        var created = await db.Orders.CreateOrderAsync(TempDatabase.Order("ABC-1"));

        Assert.Empty(await db.Orders.FindOrderIdsByChannelOrderIdAsync(1, "abc-1"));
        Assert.Empty(await db.Orders.FindOrderIdsByChannelOrderIdAsync(2, "ABC-1"));
        Assert.Equal(new[] { created.OrderId }, await db.Orders.FindOrderIdsByChannelOrderIdAsync(1, "ABC-1"));
    }

    [Fact]
    public async Task FindOrderIdsByChannelOrderIdsAsync_FindsExactIdsAcrossChunksAndLeavesOutTheAbsent()
    {
        await using var db = await TempDatabase.CreateAsync();
        var first = (await db.Orders.CreateOrderAsync(TempDatabase.Order("ABC-1"))).OrderId;
        var second = (await db.Orders.CreateOrderAsync(TempDatabase.Order("ABC-2"))).OrderId;
        var late = (await db.Orders.CreateOrderAsync(TempDatabase.Order("LATE-9"))).OrderId;

        // More distinct ids than one chunk holds, with a found id in each chunk, duplicates and a case variant.
        var absent = Enumerable.Range(0, SqliteOrderService.ChannelOrderIdChunkSize + 20).Select(i => "NONE-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var ids = new[] { "ABC-1", "abc-1", "ABC-1" }.Concat(absent).Concat(new[] { "LATE-9", "ABC-2", "LATE-9" }).ToList();

        var found = await db.Orders.FindOrderIdsByChannelOrderIdsAsync(1, ids);

        Assert.Equal(new[] { "ABC-1", "ABC-2", "LATE-9" }, found.Keys.OrderBy(k => k, StringComparer.Ordinal));
        Assert.Equal(new[] { first }, found["ABC-1"]);
        Assert.Equal(new[] { second }, found["ABC-2"]);
        Assert.Equal(new[] { late }, found["LATE-9"]);
        Assert.Empty(await db.Orders.FindOrderIdsByChannelOrderIdsAsync(2, ids));
        Assert.Empty(await db.Orders.FindOrderIdsByChannelOrderIdsAsync(1, Array.Empty<string>()));
    }

    [Fact]
    public async Task FindOrderIdsByChannelOrderIdsAsync_ReturnsWhatTheSingleLookupReturns_SplitChildrenIncluded()
    {
        await using var db = await TempDatabase.CreateAsync();
        await db.Orders.CreateOrderAsync(TempDatabase.Order("ABC-1"));
        var parent = (await db.Orders.CreateOrderAsync(TempDatabase.Order("SPLIT-1"))).OrderId;
        await db.SqlAsync(
            """
            INSERT INTO orders (company_id, channel_order_id, po_number, order_source, order_date, created_at, customer_user, customer_email, status, payment_status, shipping_status, split_parent_order_id)
            SELECT company_id, channel_order_id, po_number, order_source, order_date, created_at, customer_user, customer_email, status, payment_status, shipping_status, id FROM orders WHERE id = $p;
            """,
            ("$p", parent));

        var found = await db.Orders.FindOrderIdsByChannelOrderIdsAsync(1, new[] { "ABC-1", "SPLIT-1" });

        Assert.Equal(2, (await db.Orders.FindOrderIdsByChannelOrderIdAsync(1, "SPLIT-1")).Count);
        Assert.Equal(await db.Orders.FindOrderIdsByChannelOrderIdAsync(1, "SPLIT-1"), found["SPLIT-1"]);
        Assert.Equal(await db.Orders.FindOrderIdsByChannelOrderIdAsync(1, "ABC-1"), found["ABC-1"]);
    }

    [Fact]
    public async Task FindOrderIdsByChannelOrderIdsAsync_NullId_IsRefusedByName()
    {
        await using var db = await TempDatabase.CreateAsync();

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => db.Orders.FindOrderIdsByChannelOrderIdsAsync(1, new[] { "A", null! }));

        Assert.Equal("channelOrderIds", ex.ParamName);
    }

    [Fact]
    public async Task SetOrderMarkAsync_SetsAndClearsOnlyTheGivenOrdersAndMark()
    {
        await using var db = await TempDatabase.CreateAsync();
        var a = (await db.Orders.CreateOrderAsync(TempDatabase.Order("A"))).OrderId;
        var b = (await db.Orders.CreateOrderAsync(TempDatabase.Order("B"))).OrderId;

        await db.Orders.SetOrderMarkAsync(new[] { a }, OrderMark.TrackingUploaded, true);
        await db.Orders.SetOrderMarkAsync(new[] { a, b }, OrderMark.Exported, true);
        await db.Orders.SetOrderMarkAsync(new[] { b }, OrderMark.Exported, false);

        var orders = (await db.Orders.GetOrdersAsync(new[] { a, b })).ToDictionary(o => o.Id);
        Assert.Equal((true, false, true), (orders[a].TrackingUploaded, orders[a].InvoiceUploaded, orders[a].Exported));
        Assert.Equal((false, false, false), (orders[b].TrackingUploaded, orders[b].InvoiceUploaded, orders[b].Exported));
    }

    [Fact]
    public async Task SetCustomColumnsAsync_SetsOverwritesAndClears_NamesCaseInsensitive()
    {
        await using var db = await TempDatabase.CreateAsync();
        var id = (await db.Orders.CreateOrderAsync(TempDatabase.Order("A"))).OrderId;

        await db.Orders.SetCustomColumnsAsync(id, new Dictionary<string, string?> { ["DSCOInvoiceId"] = "INV-1", ["DSCO_Coupons"] = "SAVE10" });
        await db.Orders.SetCustomColumnsAsync(id, new Dictionary<string, string?> { ["dscoinvoiceid"] = "INV-2", ["DSCO_COUPONS"] = null });

        var columns = Assert.Single(await db.Orders.GetOrdersAsync(new[] { id })).CustomColumns;
        Assert.Equal("INV-2", columns["DSCOInvoiceId"]);
        Assert.False(columns.ContainsKey("DSCO_Coupons"));
        Assert.Equal("jane@example.com", columns["DSCO_Email"]);
        Assert.Equal(1, await db.SqlAsync("SELECT COUNT(*) FROM order_custom_columns WHERE name = 'DSCOInvoiceId';"));
    }

    [Fact]
    public async Task SetCustomColumnsAsync_UnknownOrder_Throws()
    {
        await using var db = await TempDatabase.CreateAsync();

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => db.Orders.SetCustomColumnsAsync(999, new Dictionary<string, string?> { ["X"] = "1" }));

        Assert.Contains("999", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetOrdersAsync_UnknownIdsAreLeftOut()
    {
        await using var db = await TempDatabase.CreateAsync();
        var id = (await db.Orders.CreateOrderAsync(TempDatabase.Order("A"))).OrderId;

        var orders = await db.Orders.GetOrdersAsync(new[] { 12345, id, id });

        Assert.Equal(new[] { id }, orders.Select(o => o.Id));
    }
}
