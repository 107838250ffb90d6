using System;
using System.Linq;
using System.Threading.Tasks;

namespace Dsco.Plugins.IntegrationTests.Simulator;

public sealed class InvoiceTests
{
    private static string Invoice(string invoiceId, string line = """{"sku":"NM-TSHIRT-BLK-M","quantity":2,"unitPrice":18.0}""") =>
        $$"""{"invoiceId":"{{invoiceId}}","poNumber":"NM-PO-10001","totalAmount":96.0,"invoiceDate":"2026-12-04T07:00:00Z","ship":{"trackingNumber":"1Z777"},"lineItems":[{{line}}]}""";

    [Fact]
    public async Task SingleInvoice_IsStoredAndFoundByKey()
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: true);

        var (status, body) = await sim.PostAsync("invoice", Invoice("INV-1"));

        Assert.Equal(201, status);
        Assert.True((bool)body!["success"]!);
        var stored = Assert.Single(sim.State.Invoices());
        Assert.Equal("5000001", stored.DscoOrderId);
        Assert.Equal(96.0m, stored.TotalAmount);
        var (_, byId) = await sim.GetAsync("invoice?key=invoiceId&value=INV-1");
        var (_, byTracking) = await sim.GetAsync("invoice?key=trackingNumber&value=1Z777");
        var (_, none) = await sim.GetAsync("invoice?key=invoiceId&value=INV-404");
        Assert.Equal(stored.DscoInvoiceId, (string?)byId!["invoices"]![0]!["dscoInvoiceId"]);
        Assert.Single(byTracking!["invoices"]!.AsArray());
        Assert.Empty(none!["invoices"]!.AsArray());
    }

    [Fact]
    public async Task SingleInvoice_DuplicateInvoiceId_Is400WithClearMessage()
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: true);
        await sim.PostAsync("invoice", Invoice("INV-1"));

        var (status, body) = await sim.PostAsync("invoice", Invoice("INV-1"));

        Assert.Equal(400, status);
        var message = body!["messages"]![0]!;
        Assert.Equal("DUPLICATE_INVOICE", (string?)message["code"]);
        Assert.Contains("INV-1", (string?)message["description"], StringComparison.Ordinal);
        Assert.Single(sim.State.Invoices());
    }

    [Theory]
    [InlineData("""{"poNumber":"NM-PO-10001","totalAmount":1.0}""", "MISSING_INVOICE_ID")]
    [InlineData("""{"invoiceId":"X","poNumber":"NM-PO-10001"}""", "MISSING_TOTAL_AMOUNT")]
    [InlineData("""{"invoiceId":"X","totalAmount":1.0}""", "MISSING_ORDER_ID")]
    [InlineData("""{"invoiceId":"X","poNumber":"NOPE","totalAmount":1.0}""", "ORDER_NOT_FOUND")]
    [InlineData("""{"invoiceId":"X","poNumber":"NM-PO-10001","totalAmount":1.0,"lineItems":[{"sku":"A","quantity":1}]}""", "MISSING_UNIT_PRICE")]
    [InlineData("""{"invoiceId":"X","poNumber":"NM-PO-10001","totalAmount":1.0,"lineItems":[{"sku":"A","unitPrice":1.0}]}""", "MISSING_QUANTITY")]
    public async Task SingleInvoice_MissingRequiredField_Is400(string body, string code)
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: true);

        var (status, error) = await sim.PostAsync("invoice", body);

        Assert.Equal(400, status);
        Assert.Equal(code, (string?)error!["messages"]![0]!["code"]);
    }

    [Fact]
    public async Task SmallBatch_DuplicateWithinBatchFails_OthersSucceed_InInvoiceLog()
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: true);

        var (status, body) = await sim.PostAsync("invoice/batch/small", $"[{Invoice("INV-A")},{Invoice("INV-A")},{Invoice("INV-B")}]");

        Assert.Equal(202, status);
        var (_, log) = await sim.GetAsync($"invoice/log?requestId={(string)body!["requestId"]!}");
        Assert.Equal(["success", "failure", "success"], log!["logs"]!.AsArray().Select(e => (string)e!["status"]!));
        Assert.Equal(["INV-A", "INV-B"], sim.State.Invoices().Select(i => i.InvoiceId));
    }
}
