using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Dsco.Plugins.Api;
using Dsco.Plugins.Api.Models;

namespace Dsco.Plugins.Tests.Api;

/// <summary>What each operation puts on the wire: method, exact URL, headers and exact JSON body.</summary>
public sealed class DscoApiClientRequestTests : IDisposable
{
    private const string Base = ApiTestHarness.Base;
    private readonly ApiTestHarness _h = new();

    public void Dispose() => _h.Dispose();

    private static void AssertJsonHeaders(RecordedRequest request, bool hasBody = true)
    {
        Assert.Equal("bearer " + ApiTestHarness.StaticToken, request.Headers["Authorization"]);
        Assert.Equal("application/json", request.Headers["Accept"]);
        if (hasBody)
        {
            Assert.Equal("application/json", request.ContentType);
        }
    }

    [Fact]
    public async Task HelloAsync_GetsHelloWithBearerToken()
    {
        _h.Expect(HttpMethod.Get, Base + "/hello", HttpStatusCode.OK, "{\"hello\":\"World!\"}");
        using var client = _h.Client();

        var hello = await client.HelloAsync();

        Assert.Equal("World!", hello);
        var request = Assert.Single(_h.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal(Base + "/hello", request.Url);
        AssertJsonHeaders(request, hasBody: false);
    }

    [Fact]
    public async Task AcknowledgeAsync_PostsOrderIdArray_NumericDscoOrderId()
    {
        _h.Expect(HttpMethod.Post, Base + "/order/acknowledge", HttpStatusCode.Accepted,
            "{\"status\":\"pending\",\"requestId\":\"req-1\",\"eventDate\":\"2026-03-02T12:00:00Z\",\"unknownNewField\":1}");
        using var client = _h.Client();

        var result = await client.Orders.AcknowledgeAsync(new[]
        {
            new OrderId { Id = "1234567", Type = OrderIdType.DscoOrderId, SupplierOrderNumber = "SC-1001" },
            new OrderId { Id = "PO-77", Type = OrderIdType.PoNumber },
        });

        Assert.Equal("pending", result.Status);
        Assert.Equal("req-1", result.RequestId);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 12, 0, 0, TimeSpan.Zero), result.EventDate);
        var request = Assert.Single(_h.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal(Base + "/order/acknowledge", request.Url);
        AssertJsonHeaders(request);
        Assert.Equal(
            "[{\"type\":\"DSCO_ORDER_ID\",\"supplierOrderNumber\":\"SC-1001\",\"id\":1234567},{\"type\":\"PO_NUMBER\",\"id\":\"PO-77\"}]",
            request.Body);
    }

    [Fact]
    public async Task AcknowledgeAsync_NonNumericDscoOrderId_RefusedBeforeSending()
    {
        using var client = _h.Client();

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => client.Orders.AcknowledgeAsync(new[]
        {
            new OrderId { Id = "1", Type = OrderIdType.DscoOrderId },
            new OrderId { Id = "ABC", Type = OrderIdType.DscoOrderId },
        }));

        Assert.Contains("orders[1]", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'ABC'", ex.Message, StringComparison.Ordinal);
        Assert.Empty(_h.Requests);
    }

    [Fact]
    public async Task CreateSingleAsync_PostsShipmentsForUpdate()
    {
        _h.Expect(HttpMethod.Post, Base + "/order/singleShipment", HttpStatusCode.Created, "{\"success\":true}");
        using var client = _h.Client();

        var result = await client.Shipments.CreateSingleAsync(new ShipmentsForUpdate
        {
            PoNumber = "PO-1",
            Shipments =
            {
                new ShipmentForUpdate
                {
                    TrackingNumber = "1Z999",
                    ShipDate = new DateTimeOffset(2026, 3, 1, 15, 30, 0, TimeSpan.FromHours(-5)),
                    ShipCarrier = "UPS",
                    ShipMethod = "Ground",
                    ShipCost = 12.50m,
                    WarehouseCode = "WH1",
                    ShipFrom = new PackageShipFrom { City = "Austin", Region = "TX", Postal = "78701", Country = "US" },
                    LineItems = { new ShipmentLineItemForUpdate { Quantity = 2, Sku = "SKU-1", LineNumber = 1 } },
                },
            },
        });

        Assert.True(result.Success);
        var request = Assert.Single(_h.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal(Base + "/order/singleShipment", request.Url);
        AssertJsonHeaders(request);
        Assert.Equal(
            "{\"poNumber\":\"PO-1\",\"shipments\":[{\"trackingNumber\":\"1Z999\",\"shipDate\":\"2026-03-01T20:30:00Z\",\"shipCarrier\":\"UPS\",\"shipMethod\":\"Ground\",\"shipCost\":12.5,\"warehouseCode\":\"WH1\",\"shipFrom\":{\"city\":\"Austin\",\"region\":\"TX\",\"postal\":\"78701\",\"country\":\"US\"},\"lineItems\":[{\"quantity\":2,\"lineNumber\":1,\"sku\":\"SKU-1\"}]}]}",
            request.Body);
    }

    [Fact]
    public async Task CreateSmallBatchAsync_Shipments_PostsArrayAndReadsAsyncResponse()
    {
        _h.Expect(HttpMethod.Post, Base + "/order/shipment/batch/small", HttpStatusCode.Accepted,
            "{\"status\":\"pending\",\"requestId\":\"b-9\",\"eventDate\":\"2026-03-02T12:00:00Z\"}");
        using var client = _h.Client();

        var result = await client.Shipments.CreateSmallBatchAsync(new[]
        {
            new ShipmentsForUpdate { DscoOrderId = "55", Shipments = { new ShipmentForUpdate { TrackingNumber = "T1", LineItems = { new ShipmentLineItemForUpdate { Quantity = 1, DscoItemId = "I1" } } } } },
        });

        Assert.Equal("b-9", result.RequestId);
        var request = Assert.Single(_h.Requests);
        Assert.Equal(Base + "/order/shipment/batch/small", request.Url);
        Assert.Equal("[{\"dscoOrderId\":\"55\",\"shipments\":[{\"trackingNumber\":\"T1\",\"lineItems\":[{\"quantity\":1,\"dscoItemId\":\"I1\"}]}]}]", request.Body);
    }

    [Fact]
    public async Task Invoices_CreateAsync_PostsInvoice()
    {
        _h.Expect(HttpMethod.Post, Base + "/invoice", HttpStatusCode.Created, "{\"success\":true}");
        using var client = _h.Client();

        await client.Invoices.CreateAsync(new Invoice
        {
            InvoiceId = "INV-1",
            PoNumber = "PO-1",
            TotalAmount = 105.25m,
            InvoiceDate = new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero),
            Terms = new InvoiceTerms { Type = "Net", NetDays = 30 },
            Taxes = new List<InvoiceTax> { new() { Amount = 5.25m, Description = "Sales tax" } },
            Charges = new List<InvoiceCharge> { new() { Title = "Freight", Amount = 10m } },
            Ship = new InvoiceShipInfo { TrackingNumber = "1Z", Carrier = "UPS", Method = "Ground" },
            LineItems = new List<InvoiceLineItem> { new() { Quantity = 3, UnitPrice = 30m, Sku = "SKU-1", LineNumber = 1 } },
        });

        var request = Assert.Single(_h.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal(Base + "/invoice", request.Url);
        AssertJsonHeaders(request);
        Assert.Equal(
            "{\"invoiceId\":\"INV-1\",\"poNumber\":\"PO-1\",\"invoiceDate\":\"2026-03-02T00:00:00Z\",\"totalAmount\":105.25,\"charges\":[{\"title\":\"Freight\",\"amount\":10}],\"taxes\":[{\"amount\":5.25,\"description\":\"Sales tax\"}],\"terms\":{\"type\":\"Net\",\"netDays\":30},\"ship\":{\"trackingNumber\":\"1Z\",\"carrier\":\"UPS\",\"method\":\"Ground\"},\"lineItems\":[{\"quantity\":3,\"unitPrice\":30,\"lineNumber\":1,\"sku\":\"SKU-1\"}]}",
            request.Body);
    }

    [Fact]
    public async Task Invoices_CreateSmallBatchAsync_PostsInvoiceArrayAndReadsAsyncResponse()
    {
        _h.Expect(HttpMethod.Post, Base + "/invoice/batch/small", HttpStatusCode.Accepted,
            "{\"status\":\"pending\",\"requestId\":\"inv-b-1\",\"eventDate\":\"2026-03-02T12:00:00Z\"}");
        using var client = _h.Client();

        var result = await client.Invoices.CreateSmallBatchAsync(new[]
        {
            new Invoice
            {
                InvoiceId = "INV-1",
                PoNumber = "PO-1",
                TotalAmount = 20m,
                LineItems = new List<InvoiceLineItem> { new() { Quantity = 2, UnitPrice = 10m, Sku = "SKU-1", LineNumber = 1 } },
            },
            new Invoice { InvoiceId = "INV-2", DscoOrderId = "77", TotalAmount = 0.5m },
        });

        Assert.Equal("pending", result.Status);
        Assert.Equal("inv-b-1", result.RequestId);
        var request = Assert.Single(_h.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal(Base + "/invoice/batch/small", request.Url);
        AssertJsonHeaders(request);
        Assert.Equal(
            "[{\"invoiceId\":\"INV-1\",\"poNumber\":\"PO-1\",\"totalAmount\":20,\"lineItems\":[{\"quantity\":2,\"unitPrice\":10,\"lineNumber\":1,\"sku\":\"SKU-1\"}]},"
            + "{\"invoiceId\":\"INV-2\",\"dscoOrderId\":\"77\",\"totalAmount\":0.5}]",
            request.Body);
    }

    [Fact]
    public async Task Invoices_GetAsync_QueriesKeyAndValue()
    {
        _h.Expect(HttpMethod.Get, Base + "/invoice", HttpStatusCode.OK, "{\"invoices\":[{\"invoiceId\":\"INV-1\",\"totalAmount\":1.5,\"numberOfLineItems\":2.0}]}");
        using var client = _h.Client();

        var result = await client.Invoices.GetAsync(InvoiceKey.InvoiceId, "INV 1/2");

        var invoice = Assert.Single(result.Invoices);
        Assert.Equal(1.5m, invoice.TotalAmount);
        Assert.Equal(2, invoice.NumberOfLineItems);
        Assert.Equal(Base + "/invoice?key=invoiceId&value=INV%201%2F2", Assert.Single(_h.Requests).Url);
    }

    [Fact]
    public async Task Inventory_UpdateSingleItemAsync_PostsItem()
    {
        _h.Expect(HttpMethod.Post, Base + "/inventory/singleItem", HttpStatusCode.Created, "{\"success\":true}");
        using var client = _h.Client();

        await client.Inventory.UpdateSingleItemAsync(new ItemInventory
        {
            Sku = "ABC123",
            QuantityAvailable = 45,
            Status = InventoryStatus.InStock,
            Cost = 9.99m,
            Warehouses = { new ItemWarehouse { Code = "WH01", Quantity = 40 }, new ItemWarehouse { Code = "WH02", Quantity = 5 } },
        });

        var request = Assert.Single(_h.Requests);
        Assert.Equal(Base + "/inventory/singleItem", request.Url);
        AssertJsonHeaders(request);
        Assert.Equal(
            "{\"sku\":\"ABC123\",\"warehouses\":[{\"code\":\"WH01\",\"quantity\":40},{\"code\":\"WH02\",\"quantity\":5}],\"quantityAvailable\":45,\"status\":\"in-stock\",\"cost\":9.99}",
            request.Body);
    }

    [Fact]
    public async Task Inventory_UpdateSmallBatchAsync_SendsSkipQueryAndArray()
    {
        _h.Expect(HttpMethod.Post, Base + "/inventory/batch/small", HttpStatusCode.Accepted, "{\"status\":\"pending\",\"requestId\":\"inv-1\",\"eventDate\":\"2026-03-02T12:00:00Z\"}");
        using var client = _h.Client();

        var result = await client.Inventory.UpdateSmallBatchAsync(
            new[] { new ItemInventory { Sku = "A", QuantityAvailable = 0, Status = InventoryStatus.OutOfStock, Warehouses = { new ItemWarehouse { Code = "W", Quantity = 0 } } } },
            skipItemsThatDontExist: true);

        Assert.Equal("inv-1", result.RequestId);
        var request = Assert.Single(_h.Requests);
        Assert.Equal(Base + "/inventory/batch/small?skipItemsThatDontExist=true", request.Url);
        Assert.Equal("[{\"sku\":\"A\",\"warehouses\":[{\"code\":\"W\",\"quantity\":0}],\"quantityAvailable\":0,\"status\":\"out-of-stock\"}]", request.Body);
    }

    [Fact]
    public async Task Inventory_UpdateLargeBatchAsync_PutsJsonLinesToDataUrlWithoutTokenOnForeignHost()
    {
        const string dataUrl = "https://uploads.example-storage.com/batch/123?X-Signature=abc%2Fdef";
        _h.Expect(HttpMethod.Post, Base + "/inventory/batch/large", HttpStatusCode.OK,
            "{\"status\":\"success\",\"requestId\":\"large-1\",\"eventDate\":\"2026-03-02T12:00:00Z\",\"dataUrl\":\"" + dataUrl + "\"}");
        _h.Expect(HttpMethod.Put, "https://uploads.example-storage.com/batch/123", HttpStatusCode.OK);
        using var client = _h.Client();

        var result = await client.Inventory.UpdateLargeBatchAsync(new[]
        {
            new ItemInventory { Sku = "ABC123", QuantityAvailable = 45, Status = "in-stock", Warehouses = { new ItemWarehouse { Code = "WH01", Quantity = 40 }, new ItemWarehouse { Code = "WH02", Quantity = 5 } } },
            new ItemInventory { Sku = "EFG456", QuantityAvailable = 0, Status = "out-of-stock", Warehouses = { new ItemWarehouse { Code = "WH01", Quantity = 0 } } },
        });

        Assert.Equal("large-1", result.RequestId);
        var requests = _h.Requests.ToList();
        Assert.Equal(2, requests.Count);
        Assert.Equal("POST", requests[0].Method);
        Assert.Equal(Base + "/inventory/batch/large", requests[0].Url);
        Assert.Equal(string.Empty, requests[0].Body);
        Assert.Equal("PUT", requests[1].Method);
        Assert.Equal(dataUrl, requests[1].Url);
        Assert.False(requests[1].Headers.ContainsKey("Authorization"));
        Assert.Equal("application/json", requests[1].ContentType);
        Assert.Equal(
            "{\"sku\":\"ABC123\",\"warehouses\":[{\"code\":\"WH01\",\"quantity\":40},{\"code\":\"WH02\",\"quantity\":5}],\"quantityAvailable\":45,\"status\":\"in-stock\"}\n" +
            "{\"sku\":\"EFG456\",\"warehouses\":[{\"code\":\"WH01\",\"quantity\":0}],\"quantityAvailable\":0,\"status\":\"out-of-stock\"}\n",
            requests[1].Body);
        Assert.Equal(requests[1].Body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), requests[1].Headers["Content-Length"]);
    }

    [Fact]
    public async Task Inventory_UpdateLargeBatchAsync_PlainHttpDataUrl_RefusedWithoutUpload()
    {
        _h.Expect(HttpMethod.Post, Base + "/inventory/batch/large", HttpStatusCode.OK,
            "{\"status\":\"success\",\"requestId\":\"large-2\",\"eventDate\":\"2026-03-02T12:00:00Z\",\"dataUrl\":\"http://uploads.example.com/x\"}");
        using var client = _h.Client();

        var ex = await Assert.ThrowsAsync<DscoApiException>(() => client.Inventory.UpdateLargeBatchAsync(new[]
        {
            new ItemInventory { Sku = "A", QuantityAvailable = 1, Status = "in-stock", Warehouses = { new ItemWarehouse { Code = "W", Quantity = 1 } } },
        }));

        Assert.Contains("dataUrl", ex.Message, StringComparison.Ordinal);
        Assert.Equal("large-2", ex.RequestId);
        Assert.Single(_h.Requests);
    }

    [Fact]
    public async Task Streams_CreateAsync_PostsStreamWithOrderQuery()
    {
        _h.Expect(HttpMethod.Post, Base + "/stream", HttpStatusCode.Created,
            "{\"id\":\"s-1\",\"objectType\":\"order\",\"query\":{\"queryType\":\"order\"},\"partitions\":[{\"partitionId\":0,\"position\":\"p0\",\"status\":\"active\"}]}");
        using var client = _h.Client();

        var stream = new StreamDefinition { Description = "new orders", ObjectType = "order" }
            .WithQuery(new OrderQuery { Statuses = new[] { "created" }, OrderTypes = new[] { "dropship", "marketplace" } });
        var created = await client.Streams.CreateAsync(stream);

        Assert.Equal("s-1", created.Id);
        Assert.Equal("p0", Assert.Single(created.Partitions!).Position);
        var request = Assert.Single(_h.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal(Base + "/stream", request.Url);
        AssertJsonHeaders(request);
        Assert.Equal(
            "{\"description\":\"new orders\",\"objectType\":\"order\",\"query\":{\"queryType\":\"order\",\"statuses\":[\"created\"],\"orderTypes\":[\"dropship\",\"marketplace\"]}}",
            request.Body);
    }

    [Fact]
    public async Task Streams_ListAsync_SendsIdAndPartition_ReadsArray()
    {
        _h.Expect(HttpMethod.Get, Base + "/stream", HttpStatusCode.OK, "[{\"id\":\"s/1\",\"objectType\":\"order\",\"query\":{\"queryType\":\"order\"}}]");
        using var client = _h.Client();

        var streams = await client.Streams.ListAsync("s/1", 2);

        Assert.Equal("s/1", Assert.Single(streams).Id);
        Assert.Equal(Base + "/stream?id=s%2F1&partitionId=2", Assert.Single(_h.Requests).Url);
    }

    [Fact]
    public async Task Streams_UpdatePositionAsync_PutsWithEachSegmentEscapedOnce()
    {
        const string position = "2026-03-02T12:00:00.123Z/evt:42";
        _h.Expect(HttpMethod.Put, Base + "/stream/my%20stream/3/2026-03-02T12%3A00%3A00.123Z%2Fevt%3A42", HttpStatusCode.OK, "{\"status\":\"success\"}");
        using var client = _h.Client();

        var result = await client.Streams.UpdatePositionAsync("my stream", 3, position);

        Assert.Equal("success", result.Status);
        var request = Assert.Single(_h.Requests);
        Assert.Equal("PUT", request.Method);
        // Exactly once: %2F and %3A survive (not unescaped to / and :, not double-escaped to %252F).
        Assert.Equal(Base + "/stream/my%20stream/3/2026-03-02T12%3A00%3A00.123Z%2Fevt%3A42", request.Url);
        Assert.DoesNotContain("%25", request.Url, StringComparison.Ordinal);
        Assert.Equal(string.Empty, request.Body);
    }

    [Fact]
    public void Uri_KeepsEscapedSlashInPath()
    {
        // Guards the assumption the stream paths rely on: System.Uri does not unescape %2F or %3A in a path.
        var uri = new Uri(Base + "/stream/s/0/a%2Fb%3Ac");

        Assert.Equal("/api/v3/stream/s/0/a%2Fb%3Ac", uri.AbsolutePath);
        Assert.Equal(Base + "/stream/s/0/a%2Fb%3Ac", uri.AbsoluteUri);
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        Assert.Equal("/api/v3/stream/s/0/a%2Fb%3Ac", request.RequestUri!.PathAndQuery);
    }

    [Fact]
    public async Task Streams_GetEventsAsync_ReadsTypedOrderPayloadAndEventReasonsEitherShape()
    {
        _h.Expect(HttpMethod.Get, Base + "/stream/s1/0/pos%2F1", HttpStatusCode.OK, """
            {"partitionId":0,"events":[
              {"id":"e1","source":"stream","eventReasons":"create","payload":{"poNumber":"PO-1","dscoOrderId":"9","numberOfLineItems":1.0,
                "shipping":{"name":"Ann","address":["1 Main St"],"city":"Austin","region":"TX","postal":"78701"},
                "lineItems":[{"quantity":2,"sku":"S1","expectedCost":10.10,"personalizationMap":{"Monogram":"ABC"}}],
                "brandNewField":{"x":1}}},
              {"id":"e2","source":"stream","eventReasons":["update_status_lifecycle","add_shipment"],"payload":{"poNumber":"PO-2","lineItems":[],"shipping":{"city":"a","region":"b","postal":"c"}}}
            ]}
            """);
        using var client = _h.Client();

        var page = await client.Streams.GetEventsAsync<Order>("s1", 0, "pos/1");

        Assert.Equal(2, page.Events.Count);
        var first = page.Events[0];
        Assert.Equal("e1", first.Id);
        Assert.Equal(new[] { "create" }, first.EventReasons);
        Assert.Equal("PO-1", first.Payload!.PoNumber);
        Assert.Equal(1, first.Payload.NumberOfLineItems);
        Assert.Equal(10.10m, first.Payload.LineItems![0].ExpectedCost);
        Assert.Equal("ABC", first.Payload.LineItems[0].PersonalizationMap!["Monogram"]);
        Assert.Equal(new[] { "1 Main St" }, first.Payload.Shipping!.Address);
        Assert.Equal(new[] { "update_status_lifecycle", "add_shipment" }, page.Events[1].EventReasons);
    }

    [Fact]
    public async Task Streams_GetEventsInRangeAsync_EscapesBothBounds()
    {
        _h.Expect(HttpMethod.Get, Base + "/stream/s1/1/2026-03-01T00%3A00%3A00Z/2026-03-02T00%3A00%3A00Z", HttpStatusCode.OK, "{\"partitionId\":1,\"events\":[]}");
        using var client = _h.Client();

        var page = await client.Streams.GetEventsInRangeAsync<Invoice>("s1", 1, "2026-03-01T00:00:00Z", "2026-03-02T00:00:00Z");

        Assert.Empty(page.Events);
        Assert.Equal(Base + "/stream/s1/1/2026-03-01T00%3A00%3A00Z/2026-03-02T00%3A00%3A00Z", Assert.Single(_h.Requests).Url);
    }

    [Fact]
    public async Task Orders_GetPageAsync_BuildsQueryWithRepeatedStatus()
    {
        _h.Expect(HttpMethod.Get, Base + "/order/page", HttpStatusCode.OK, "{\"orders\":[],\"scrollId\":\"sc\"}");
        using var client = _h.Client();

        await client.Orders.GetPageAsync(new OrderPageRequest
        {
            OrdersUpdatedSince = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero),
            Until = new DateTimeOffset(2026, 3, 2, 11, 59, 0, TimeSpan.Zero),
            Statuses = new[] { "shipment_pending", "shipped" },
            IncludeTestOrders = false,
            OrdersPerPage = 100,
        });

        Assert.Equal(
            Base + "/order/page?ordersUpdatedSince=2026-03-01T00%3A00%3A00Z&until=2026-03-02T11%3A59%3A00Z&status=shipment_pending&status=shipped&includeTestOrders=false&ordersPerPage=100",
            Assert.Single(_h.Requests).Url);
    }

    [Fact]
    public async Task Orders_GetPageAsync_DateSearchWithoutUntil_Refused()
    {
        using var client = _h.Client();

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => client.Orders.GetPageAsync(new OrderPageRequest { OrdersCreatedSince = ApiTestHarness.Start }));

        Assert.Contains("Until", ex.Message, StringComparison.Ordinal);
        Assert.Empty(_h.Requests);
    }

    [Fact]
    public async Task Orders_GetAllPagesAsync_FollowsScrollIdUntilEmptyPage()
    {
        _h.Expect(HttpMethod.Get, Base + "/order/page", HttpStatusCode.OK, "{\"orders\":[{\"poNumber\":\"A\"}],\"scrollId\":\"S1\"}");
        _h.Expect(HttpMethod.Get, Base + "/order/page", HttpStatusCode.OK, "{\"orders\":[{\"poNumber\":\"B\"}],\"scrollId\":\"S1\"}");
        _h.Expect(HttpMethod.Get, Base + "/order/page", HttpStatusCode.OK, "{\"orders\":[],\"scrollId\":\"S1\"}");
        using var client = _h.Client();

        var seen = new List<string?>();
        await foreach (var page in client.Orders.GetAllPagesAsync(new OrderPageRequest { ConsumerOrderNumber = "C-1" }))
        {
            seen.AddRange(page.Orders.Select(o => o.PoNumber));
        }

        Assert.Equal(new[] { "A", "B" }, seen);
        var urls = _h.Requests.Select(r => r.Url).ToList();
        Assert.Equal(new[] { Base + "/order/page?consumerOrderNumber=C-1", Base + "/order/page?scrollId=S1", Base + "/order/page?scrollId=S1" }, urls);
        _h.Http.VerifyNoOutstandingExpectation();
    }

    [Fact]
    public async Task Orders_GetPageAsync_404OnScrollId_ThrowsScrollExpired()
    {
        _h.Expect(HttpMethod.Get, Base + "/order/page", HttpStatusCode.NotFound, string.Empty);
        using var client = _h.Client();

        var ex = await Assert.ThrowsAsync<DscoScrollExpiredException>(() => client.Orders.GetPageAsync(new OrderPageRequest { ScrollId = "old" }));

        Assert.Equal(HttpStatusCode.NotFound, ex.StatusCode);
        Assert.Equal("GET /order/page", ex.Operation);
    }

    [Fact]
    public async Task Orders_GetByIdAsync_KeepsTrailingSlash_ReadsObjectOrArray()
    {
        _h.Expect(HttpMethod.Get, Base + "/order/", HttpStatusCode.OK, "{\"poNumber\":\"PO-1\"}");
        _h.Expect(HttpMethod.Get, Base + "/order/", HttpStatusCode.OK, "[{\"poNumber\":\"PO-1\"},{\"poNumber\":\"PO-1\",\"dscoOrderId\":\"2\"}]");
        using var client = _h.Client();

        var single = await client.Orders.GetByIdAsync(OrderKey.PoNumber, "PO-1");
        var many = await client.Orders.GetByIdAsync(OrderKey.PoNumber, "PO-1", returnMultiple: true);

        Assert.Single(single);
        Assert.Equal(2, many.Count);
        var urls = _h.Requests.Select(r => r.Url).ToList();
        Assert.Equal(Base + "/order/?orderKey=poNumber&value=PO-1", urls[0]);
        Assert.Equal(Base + "/order/?orderKey=poNumber&value=PO-1&returnMultiple=true", urls[1]);
    }

    [Fact]
    public async Task Orders_GetChangeLogAsync_ByRequestId_ReadsPayloadVariants()
    {
        _h.Expect(HttpMethod.Get, Base + "/order/log", HttpStatusCode.OK, """
            {"status":"COMPLETED","logs":[
              {"payload":{"id":123,"type":"DSCO_ORDER_ID","supplierOrderNumber":"SC-1"},"dateProcessed":"2026-03-02T12:00:01Z","status":"success","requestMethod":"api","requestMethodDetail":{"api":"acknowledge"}},
              {"payload":{"poNumber":"PO-9","shipments":[{"trackingNumber":"T","lineItems":[{"quantity":1,"sku":"S"}]}]},"dateProcessed":"2026-03-02T12:00:01Z","status":"failure","requestMethod":"api",
               "results":[{"code":"INVALID_SKU","severity":"error","description":["sku S","not on order"]}]}
            ]}
            """);
        using var client = _h.Client();

        var log = await client.Orders.GetChangeLogAsync(new ChangeLogRequest { RequestId = "req 1" });

        Assert.Equal(Base + "/order/log?requestId=req%201", Assert.Single(_h.Requests).Url);
        Assert.Equal("COMPLETED", log.Status);
        Assert.Equal(OrderChangeLogPayloadKind.Acknowledge, log.Logs[0].PayloadKind);
        Assert.Equal("123", log.Logs[0].AsAcknowledge()!.Id);
        Assert.Equal("SC-1", log.Logs[0].AsAcknowledge()!.SupplierOrderNumber);
        Assert.Equal(OrderChangeLogPayloadKind.Shipment, log.Logs[1].PayloadKind);
        Assert.Equal("T", log.Logs[1].AsShipments()!.Shipments[0].TrackingNumber);
        Assert.Null(log.Logs[1].AsAcknowledge());
        Assert.Equal("sku S; not on order", log.Logs[1].Results![0].DescriptionText);
    }

    [Fact]
    public async Task ChangeLog_WithoutRequestIdOrDates_Refused()
    {
        using var client = _h.Client();

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => client.Inventory.GetChangeLogAsync(new ChangeLogRequest { StartDate = ApiTestHarness.Start }));

        Assert.Contains("/inventory/log", ex.Message, StringComparison.Ordinal);
        Assert.Empty(_h.Requests);
    }

    [Fact]
    public async Task Invoices_GetChangeLogAsync_ByDates_SendsInclusiveExclusiveBounds()
    {
        _h.Expect(HttpMethod.Get, Base + "/invoice/log", HttpStatusCode.OK, "{\"logs\":[{\"payload\":{\"invoiceId\":\"I\",\"totalAmount\":1},\"dateProcessed\":\"2026-03-02T12:00:01Z\",\"status\":\"success\",\"requestMethod\":\"api\"}]}");
        using var client = _h.Client();

        var log = await client.Invoices.GetChangeLogAsync(new ChangeLogRequest
        {
            StartDate = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero),
            EndDate = new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero),
            Status = "failure",
        });

        Assert.Equal("I", log.Logs[0].Payload!.InvoiceId);
        Assert.Equal(Base + "/invoice/log?startDate=2026-03-01T00%3A00%3A00Z&endDate=2026-03-02T00%3A00%3A00Z&status=failure", Assert.Single(_h.Requests).Url);
    }
}
