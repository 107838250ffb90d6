using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Dsco.Plugins.Api;
using Dsco.Plugins.Api.Models;

namespace Dsco.Plugins.Tests.Api;

/// <summary>Error responses become one readable DscoApiException; oversized bodies are refused before sending.</summary>
public sealed class DscoErrorTests : IDisposable
{
    private const string Base = ApiTestHarness.Base;
    private readonly ApiTestHarness _h = new();

    public void Dispose() => _h.Dispose();

    [Fact]
    public async Task CreateSingleAsync_400WithDscoMessages_MapsMessagesAndRequestId()
    {
        _h.Expect(HttpMethod.Post, Base + "/order/singleShipment", HttpStatusCode.BadRequest, """
            {"status":"failure","requestId":"r-123","messages":[
              {"code":"MISSING_FIELD","severity":"error","description":"shipCarrier is required"},
              {"code":"DETAIL","severity":"warn","description":{"field":"shipMethod"}}
            ]}
            """);
        using var client = _h.Client();

        var ex = await Assert.ThrowsAsync<DscoApiException>(() => client.Shipments.CreateSingleAsync(ShipmentSamples.One()));

        Assert.IsNotType<DscoOutcomeUnknownException>(ex);
        Assert.Equal(HttpStatusCode.BadRequest, ex.StatusCode);
        Assert.Equal("POST /order/singleShipment", ex.Operation);
        Assert.Equal("r-123", ex.RequestId);
        Assert.Equal(new[] { "MISSING_FIELD", "DETAIL" }, ex.Messages.Select(m => m.Code));
        Assert.Equal("{\"field\":\"shipMethod\"}", ex.Messages[1].DescriptionText);
        Assert.Equal(
            "DSCO POST /order/singleShipment failed with 400: [error] MISSING_FIELD shipCarrier is required; [warn] DETAIL {\"field\":\"shipMethod\"} (requestId r-123)",
            ex.Message);
        Assert.Contains("MISSING_FIELD", ex.RawBody, StringComparison.Ordinal);
        Assert.Single(_h.Requests);
    }

    [Fact]
    public async Task ErrorWithNonJsonBody_KeepsTruncatedRawBody()
    {
        var html = "<html>" + new string('x', 10_000) + "</html>";
        _h.Expect(HttpMethod.Get, Base + "/invoice", HttpStatusCode.Forbidden, html);
        using var client = _h.Client();

        var ex = await Assert.ThrowsAsync<DscoApiException>(() => client.Invoices.GetAsync(InvoiceKey.InvoiceId, "I"));

        Assert.Equal(HttpStatusCode.Forbidden, ex.StatusCode);
        Assert.Empty(ex.Messages);
        Assert.StartsWith("DSCO GET /invoice failed with 403 (forbidden", ex.Message, StringComparison.Ordinal);
        Assert.True(ex.RawBody!.Length < 4200, $"raw body {ex.RawBody.Length} chars");
        Assert.EndsWith("…(truncated)", ex.RawBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SuccessWithUnreadableBody_ThrowsDscoApiException()
    {
        _h.Expect(HttpMethod.Get, Base + "/order/page", HttpStatusCode.OK, "{\"orders\":[{\"lineItems\":[{\"quantity\":1.5}]}]}");
        using var client = _h.Client();

        var ex = await Assert.ThrowsAsync<DscoApiException>(() => client.Orders.GetPageAsync(new OrderPageRequest { ScrollId = "S" }));

        Assert.Contains("could not be read", ex.Message, StringComparison.Ordinal);
        Assert.Contains("1.5", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AcknowledgeAsync_BodyOver5MB_RefusedWithoutSending()
    {
        var orders = Enumerable.Range(0, 60_000)
            .Select(i => new OrderId { Id = (1_000_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), SupplierOrderNumber = new string('S', 80) + i })
            .ToList();
        using var client = _h.Client();

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => client.Orders.AcknowledgeAsync(orders));

        Assert.Contains("POST /order/acknowledge", ex.Message, StringComparison.Ordinal);
        Assert.Contains("5,242,880", ex.Message, StringComparison.Ordinal);
        Assert.Empty(_h.Requests);
    }

    [Fact]
    public async Task Inventory_ItemWithoutWarehouse_RefusedNamingTheItem()
    {
        using var client = _h.Client();

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => client.Inventory.UpdateSmallBatchAsync(new[]
        {
            new ItemInventory { Sku = "OK", Warehouses = { new ItemWarehouse { Code = "W" } } },
            new ItemInventory { Sku = "BAD-1" },
        }));

        Assert.Contains("items[1]", ex.Message, StringComparison.Ordinal);
        Assert.Contains("BAD-1", ex.Message, StringComparison.Ordinal);
        Assert.Empty(_h.Requests);
    }
}
