using System;
using System.Linq;
using System.Threading.Tasks;

namespace Dsco.Plugins.IntegrationTests.Simulator;

public sealed class ShipmentTests
{
    private const string Tshirts = """{"lineNumber":1,"sku":"NM-TSHIRT-BLK-M","quantity":2}""";
    private const string Scarf = """{"sku":"NM-SCARF-SILK","quantity":1}""";

    private static string Shipment(string tracking, string lines, string carrier = "\"shipCarrier\":\"UPS\",\"shipMethod\":\"Ground\",") =>
        $$"""{"dscoOrderId":"5000001","shipments":[{"trackingNumber":"{{tracking}}",{{carrier}}"shipDate":"2026-12-04T07:00:00Z","lineItems":[{{lines}}]}]}""";

    private static string Description(System.Text.Json.Nodes.JsonNode? body) =>
        string.Join(" | ", body!["messages"]!.AsArray().Select(m => (string)m!["description"]!));

    [Fact]
    public async Task SingleShipment_WithoutCarrierOrServiceLevel_Is400AndRecordsNothing()
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: true);

        var (status, body) = await sim.PostAsync("order/singleShipment", Shipment("1Z001", Tshirts + "," + Scarf, carrier: ""));

        Assert.Equal(400, status);
        Assert.Equal("failure", (string?)body!["status"]);
        Assert.Equal("MISSING_SHIP_METHOD", (string?)body["messages"]![0]!["code"]);
        Assert.Contains("shippingServiceLevelCode", Description(body), StringComparison.Ordinal);
        Assert.Empty(sim.State.Shipments());
        Assert.Equal("created", sim.State.Order("5000001")!.Status);
    }

    [Theory]
    [InlineData("""{"dscoOrderId":"5000001","shipments":[{"shipCarrier":"UPS","lineItems":[{"sku":"NM-SCARF-SILK","quantity":1}]}]}""", "MISSING_TRACKING_NUMBER")]
    [InlineData("""{"dscoOrderId":"5000001","shipments":[{"trackingNumber":"T1","shipCarrier":"UPS"}]}""", "MISSING_LINE_ITEMS")]
    [InlineData("""{"dscoOrderId":"1234","shipments":[{"trackingNumber":"T1","shipCarrier":"UPS","lineItems":[{"sku":"NM-SCARF-SILK","quantity":1}]}]}""", "ORDER_NOT_FOUND")]
    [InlineData("""{"dscoOrderId":"5000001","shipments":[{"trackingNumber":"T1","shipCarrier":"UPS","lineItems":[{"sku":"NM-BAG-LEATHER","quantity":1}]}]}""", "LINE_ITEM_NOT_ON_ORDER")]
    [InlineData("""{"dscoOrderId":"5000001","shipments":[{"trackingNumber":"T1","shipCarrier":"UPS","lineItems":[{"sku":"NM-TSHIRT-BLK-M","quantity":3}]}]}""", "QUANTITY_EXCEEDS_REMAINING")]
    public async Task SingleShipment_ValidationFailures_Are400WithTheReason(string body, string code)
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: true);

        var (status, error) = await sim.PostAsync("order/singleShipment", body);

        Assert.Equal(400, status);
        Assert.Equal(code, (string?)error!["messages"]![0]!["code"]);
        Assert.Empty(sim.State.Shipments());
    }

    [Fact]
    public async Task SingleShipment_PartialThenRest_MovesOrderToShipped()
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: true);

        var (first, body) = await sim.PostAsync("order/singleShipment", Shipment("1Z001", Tshirts));
        Assert.Equal(201, first);
        Assert.True((bool)body!["success"]!);
        Assert.NotEqual("shipped", sim.State.Order("5000001")!.Status);

        var (second, _) = await sim.PostAsync("order/singleShipment", Shipment("1Z002", Scarf, carrier: "\"shippingServiceLevelCode\":\"UPSG\","));
        Assert.Equal(201, second);

        var order = sim.State.Order("5000001")!;
        Assert.Equal("shipped", order.Status);
        Assert.Equal("completed", order.Lifecycle);
        Assert.Equal(["1Z001", "1Z002"], order.PackageTrackingNumbers);
        Assert.All(order.Document["lineItems"]!.AsArray(), l => Assert.Equal(0, (int)l!["remainingQuantity"]!));
        var shipments = sim.State.Shipments();
        Assert.Equal(["1Z001", "1Z002"], shipments.Select(s => s.TrackingNumber));
        Assert.Equal("UPS", shipments[0].ShipCarrier);
        Assert.Equal("UPSG", shipments[1].ShippingServiceLevelCode);
    }

    [Fact]
    public async Task SingleShipment_SameTrackingNumberTwice_IsRefusedAsDuplicate()
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: true);
        await sim.PostAsync("order/singleShipment", Shipment("1Z001", """{"sku":"NM-TSHIRT-BLK-M","quantity":1}"""));

        var (status, body) = await sim.PostAsync("order/singleShipment", Shipment("1Z001", """{"sku":"NM-TSHIRT-BLK-M","quantity":1}"""));

        Assert.Equal(400, status);
        Assert.Equal("DUPLICATE_SHIPMENT", (string?)body!["messages"]![0]!["code"]);
        Assert.Contains("duplicate", Description(body), StringComparison.Ordinal);
        Assert.Single(sim.State.Shipments());
    }

    [Fact]
    public async Task ShipmentLine_MatchesOrderLineThroughTheCatalog()
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: true);

        // Order 5000004 line 2 carries only dscoItemId 9000001; the catalog knows it as sku NM-TSHIRT-BLK-M.
        var (status, _) = await sim.PostAsync("order/singleShipment",
            """{"poNumber":"NM-PO-10004","shipments":[{"trackingNumber":"1Z9","shipCarrier":"UPS","shipMethod":"2nd Day Air","lineItems":[{"sku":"NM-TSHIRT-BLK-M","quantity":1},{"upc":"012345678943","quantity":1}]}]}""");

        Assert.Equal(201, status);
        Assert.Equal("shipped", sim.State.Order("5000004")!.Status);
    }

    [Fact]
    public async Task ShipmentLine_HostIdentifiersResolveThroughTheCatalog_ContradictingLineNumberIsRefused()
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: true);

        // Order 5000002 names its line by sku "012345678943" (a UPC); the host ships its own sku plus the UPC.
        var (wrongLine, _) = await sim.PostAsync("order/singleShipment",
            """{"dscoOrderId":"5000002","shipments":[{"trackingNumber":"FX1","shipCarrier":"FedEx","lineItems":[{"lineNumber":1,"sku":"NM-SCARF-SILK","quantity":1}]}]}""");
        var (ok, _) = await sim.PostAsync("order/singleShipment",
            """{"dscoOrderId":"5000002","shipments":[{"trackingNumber":"FX2","shipCarrier":"FedEx","lineItems":[{"sku":"SC-BAG-001","upc":"012345678943","quantity":1}]}]}""");

        Assert.Equal(400, wrongLine);
        Assert.Equal(201, ok);
        Assert.Equal("shipped", sim.State.Order("5000002")!.Status);
    }

    [Fact]
    public async Task SameSkuOnTwoLines_QuantitiesFillTheLinesInOrder()
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: false);
        var order = SimulatorHarness.Order("PO-TWICE", quantity: 1);
        order["lineItems"]!.AsArray().Add(new System.Text.Json.Nodes.JsonObject { ["lineNumber"] = 2, ["sku"] = "NM-TSHIRT-BLK-M", ["quantity"] = 2 });
        var id = sim.State.AddOrder(order);

        var (first, _) = await sim.PostAsync("order/singleShipment",
            $$"""{"dscoOrderId":"{{id}}","shipments":[{"trackingNumber":"A","shipCarrier":"UPS","lineItems":[{"sku":"NM-TSHIRT-BLK-M","quantity":1},{"sku":"NM-TSHIRT-BLK-M","quantity":1}]}]}""");
        var (tooMany, _) = await sim.PostAsync("order/singleShipment",
            $$"""{"dscoOrderId":"{{id}}","shipments":[{"trackingNumber":"B","shipCarrier":"UPS","lineItems":[{"sku":"NM-TSHIRT-BLK-M","quantity":2}]}]}""");
        var (rest, _) = await sim.PostAsync("order/singleShipment",
            $$"""{"dscoOrderId":"{{id}}","shipments":[{"trackingNumber":"C","shipCarrier":"UPS","lineItems":[{"sku":"NM-TSHIRT-BLK-M","quantity":1}]}]}""");

        Assert.Equal(201, first);
        Assert.Equal(400, tooMany);
        Assert.Equal(201, rest);
        var lines = sim.State.Order(id)!.Document["lineItems"]!.AsArray();
        Assert.Equal([1, 2], lines.Select(l => (int)l!["shippedQuantity"]!));
        Assert.Equal("shipped", sim.State.Order(id)!.Status);
    }

    [Fact]
    public async Task SmallBatch_Returns202_AndReportsEachShipmentInTheOrderLog()
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: true);
        var good = Shipment("1Z100", Tshirts + "," + Scarf);
        var bad = """{"dscoOrderId":"5000002","shipments":[{"trackingNumber":"1Z200","lineItems":[{"sku":"012345678943","quantity":1}]}]}""";

        var (status, body) = await sim.PostAsync("order/shipment/batch/small", $"[{good},{bad}]");

        Assert.Equal(202, status);
        var (_, log) = await sim.GetAsync($"order/log?requestId={(string)body!["requestId"]!}");
        Assert.Equal("COMPLETED", (string?)log!["status"]);
        var entries = log["logs"]!.AsArray();
        Assert.Equal(["success", "failure"], entries.Select(e => (string)e!["status"]!));
        Assert.Equal("1Z100", (string?)entries[0]!["payload"]!["shipments"]![0]!["trackingNumber"]);
        Assert.Equal("MISSING_SHIP_METHOD", (string?)entries[1]!["results"]![0]!["code"]);
        Assert.Equal("shipped", sim.State.Order("5000001")!.Status);
        Assert.Equal("created", sim.State.Order("5000002")!.Status);
    }
}
