using System;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace Dsco.Plugins.IntegrationTests.Simulator;

public sealed class StreamTests
{
    private static async Task<string> CreateAsync(SimulatorHarness sim, string body)
    {
        var (status, stream) = await sim.PostAsync("stream", body);
        Assert.Equal(201, status);
        return (string)stream!["id"]!;
    }

    /// <summary>Sends a URL whose path is already percent-encoded, exactly as written.</summary>
    private static async Task<(int, JsonNode?)> RawAsync(SimulatorHarness sim, HttpMethod method, string encodedPath)
    {
        using var request = new HttpRequestMessage(method, new Uri(sim.Simulator.BaseUrl + "/" + encodedPath));
        Assert.Matches("%(2F|3A)", request.RequestUri!.AbsoluteUri);
        using var response = await sim.Http.SendAsync(request);
        return await SimulatorHarness.ReadAsync(response);
    }

    private static string Encode(string position) => Uri.EscapeDataString(position);

    [Fact]
    public async Task NewOrdersStream_CreateListReadAndCheckpoint_WithEncodedPositions()
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: true);
        var id = await CreateAsync(sim, """{"objectType":"order","description":"new orders","query":{"queryType":"order","statuses":["created"]}}""");

        var (listStatus, list) = await sim.GetAsync($"stream?id={id}");
        Assert.Equal(200, listStatus);
        var partition = list!.AsArray().Single()!["partitions"]!.AsArray().Single()!;
        Assert.Equal(0, (int)partition["partitionId"]!);
        Assert.Equal("active", (string?)partition["status"]);
        var position = (string)partition["position"]!;
        Assert.Matches(@"^z/\d{4}/\d{2}/\d{2}/\d{2}/\d{2}/000$", position);

        var (status, page) = await RawAsync(sim, HttpMethod.Get, $"stream/{id}/0/{Encode(position)}");
        Assert.Equal(200, status);
        Assert.Equal(0, (int)page!["partitionId"]!);
        var events = page["events"]!.AsArray();
        Assert.Equal(["5000001", "5000002", "5000003", "5000004", "5000005"], events.Select(e => (string)e!["payload"]!["dscoOrderId"]!));
        Assert.All(events, e => Assert.Matches(@"^z/\d{4}/\d{2}/\d{2}/\d{2}/\d{2}/000/\d{9}$", (string)e!["id"]!));
        Assert.All(events, e => Assert.Equal("stream", (string?)e!["source"]));
        // The spec declares eventReasons as one string enum (openapi L17229-17299), not an array.
        Assert.All(events, e => Assert.Equal(JsonValueKind.String, e!["eventReasons"]!.GetValueKind()));
        Assert.All(events, e => Assert.Equal("create", (string?)e!["eventReasons"]));
        var ids = events.Select(e => (string)e!["id"]!).ToList();
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);

        var last = ids[^1];
        var (putStatus, put) = await RawAsync(sim, HttpMethod.Put, $"stream/{id}/0/{Encode(last)}");
        Assert.Equal(200, putStatus);
        Assert.Equal("success", (string?)put!["status"]);
        Assert.Equal(last, sim.State.Streams().Single().Partitions[0].Position);

        var (_, after) = await RawAsync(sim, HttpMethod.Get, $"stream/{id}/0/{Encode(ids[2])}");
        Assert.Equal(ids.Skip(3), after!["events"]!.AsArray().Select(e => (string)e!["id"]!));
        var (_, empty) = await RawAsync(sim, HttpMethod.Get, $"stream/{id}/0/{Encode(last)}");
        Assert.Empty(empty!["events"]!.AsArray());
    }

    [Fact]
    public async Task Position_IsUnescapedExactlyOnce()
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: true);
        var id = await CreateAsync(sim, """{"objectType":"order","query":{"queryType":"order"}}""");

        // %252F decodes once to the literal text "%2F", which is not a position; decoding twice would hide that.
        var (status, body) = await RawAsync(sim, HttpMethod.Get, $"stream/{id}/0/z%252F2026%2F12%2F04%2F00%2F00%2F000");

        Assert.Equal(400, status);
        Assert.Contains("z%2F2026/12/04/00/00/000", (string?)body!["messages"]![0]!["description"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResetFormatPosition_ReturnsEventsAfterThatMinute()
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: false);
        var id = await CreateAsync(sim, """{"objectType":"order","query":{"queryType":"order"}}""");
        sim.State.AddOrder(SimulatorHarness.Order("PO-EARLY"));
        sim.Time.Advance(TimeSpan.FromMinutes(3));
        sim.State.AddOrder(SimulatorHarness.Order("PO-LATE"));

        var reset = Encode("z/2026/12/04/07/31/000");
        var (status, page) = await RawAsync(sim, HttpMethod.Get, $"stream/{id}/0/{reset}");

        Assert.Equal(200, status);
        var only = Assert.Single(page!["events"]!.AsArray());
        Assert.Equal("PO-LATE", (string?)only!["payload"]!["poNumber"]);
        Assert.StartsWith("z/2026/12/04/07/33/000/", (string)only["id"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Events_SpreadOverPartitionsByOrderId_AndStayInTheirPartition()
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: false);
        var id = await CreateAsync(sim, """{"objectType":"order","query":{"queryType":"order"},"numPartitions":4}""");
        var orderIds = Enumerable.Range(0, 40).Select(i => sim.State.AddOrder(SimulatorHarness.Order($"PO-{i}"))).ToList();
        var (_, ack) = await sim.PostAsync("order/acknowledge", new JsonArray(orderIds.Select(o => (JsonNode)new JsonObject { ["id"] = o, ["type"] = "DSCO_ORDER_ID" }).ToArray()).ToJsonString());
        Assert.NotNull(ack);

        var partitions = sim.State.Streams().Single(s => s.Id == id).Partitions;

        Assert.Equal(4, partitions.Count);
        Assert.All(partitions, p => Assert.InRange(p.EventCount, 1, 79));
        Assert.Equal(80, partitions.Sum(p => p.EventCount));
        Assert.All(orderIds, o => Assert.Single(partitions, p => p.EventKeys.Contains(o)));
        var (_, list) = await sim.GetAsync($"stream?id={id}&partitionId=2");
        Assert.Equal(2, (int)list![0]!["partitions"]!.AsArray().Single()!["partitionId"]!);
    }

    [Fact]
    public async Task StatusChange_AppearsInUnfilteredStream_NotInCreatedStream()
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: false);
        var created = await CreateAsync(sim, """{"objectType":"order","query":{"queryType":"order","statuses":["created"]}}""");
        var all = await CreateAsync(sim, """{"objectType":"order","query":{"queryType":"order"}}""");
        var orderId = sim.State.AddOrder(SimulatorHarness.Order("PO-1"));

        await sim.PostAsync("order/acknowledge", $$"""[{"id":"{{orderId}}","type":"DSCO_ORDER_ID"}]""");

        var streams = sim.State.Streams();
        Assert.Equal(1, streams.Single(s => s.Id == created).Partitions[0].EventCount);
        Assert.Equal(2, streams.Single(s => s.Id == all).Partitions[0].EventCount);
        var position = streams.Single(s => s.Id == all).Partitions[0].Position;
        var (_, page) = await RawAsync(sim, HttpMethod.Get, $"stream/{all}/0/{Encode(position)}");
        var second = page!["events"]![1]!;
        Assert.Equal("shipment_pending", (string?)second["payload"]!["dscoStatus"]);
        Assert.Equal("update_status_lifecycle", (string?)second["eventReasons"]);
    }

    [Fact]
    public async Task OrderTypes_DefaultToDropship()
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: false);
        var dropship = await CreateAsync(sim, """{"objectType":"order","query":{"queryType":"order"}}""");
        var both = await CreateAsync(sim, """{"objectType":"order","query":{"queryType":"order","orderTypes":["dropship","marketplace"]}}""");

        sim.State.AddOrder(SimulatorHarness.Order("PO-MP", orderType: "Marketplace"));

        Assert.Equal(0, sim.State.Streams().Single(s => s.Id == dropship).Partitions[0].EventCount);
        Assert.Equal(1, sim.State.Streams().Single(s => s.Id == both).Partitions[0].EventCount);
    }

    [Fact]
    public async Task RangeRead_StartInclusiveEndExclusive_AndMaxEventsObjectCount()
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: false);
        var id = await CreateAsync(sim, """{"objectType":"order","query":{"queryType":"order"},"maxEvents":{"objectCount":2}}""");
        for (var i = 0; i < 5; i++)
        {
            sim.State.AddOrder(SimulatorHarness.Order($"PO-{i}"));
        }

        var partition = sim.State.Streams().Single().Partitions[0];
        var (_, all) = await RawAsync(sim, HttpMethod.Get, $"stream/{id}/0/{Encode(partition.Position)}");
        Assert.Equal(2, all!["events"]!.AsArray().Count);

        var (_, firstTwo) = await RawAsync(sim, HttpMethod.Get, $"stream/{id}/0/{Encode(partition.Position)}");
        var first = (string)firstTwo!["events"]![0]!["id"]!;
        var (_, next) = await RawAsync(sim, HttpMethod.Get, $"stream/{id}/0/{Encode((string)firstTwo["events"]![1]!["id"]!)}");
        var third = (string)next!["events"]![0]!["id"]!;
        var (status, range) = await RawAsync(sim, HttpMethod.Get, $"stream/{id}/0/{Encode(first)}/{Encode(third)}");

        Assert.Equal(200, status);
        Assert.Equal(["PO-0", "PO-1"], range!["events"]!.AsArray().Select(e => (string)e!["payload"]!["poNumber"]!));
        Assert.Equal(partition.Position, sim.State.Streams().Single().Partitions[0].Position);
    }

    [Theory]
    [InlineData("""{"objectType":"order"}""")]
    [InlineData("""{"objectType":"order","query":{"queryType":"order"},"numPartitions":21}""")]
    [InlineData("""{"objectType":"teapot","query":{"queryType":"teapot"}}""")]
    [InlineData("""{"objectType":"order","query":{"queryType":"invoice"}}""")]
    public async Task Create_InvalidStream_Is400(string body)
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: false);

        var (status, error) = await sim.PostAsync("stream", body);

        Assert.Equal(400, status);
        Assert.Equal("failure", (string?)error!["status"]);
    }

    [Fact]
    public async Task UnknownStreamOrPartition_Is404()
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: false);
        var id = await CreateAsync(sim, """{"objectType":"order","query":{"queryType":"order"}}""");

        var (unknownStream, _) = await RawAsync(sim, HttpMethod.Get, $"stream/nope/0/{Encode("z/2026/12/04/07/00/000")}");
        var (unknownPartition, _) = await RawAsync(sim, HttpMethod.Get, $"stream/{id}/3/{Encode("z/2026/12/04/07/00/000")}");

        Assert.Equal(404, unknownStream);
        Assert.Equal(404, unknownPartition);
    }
    [Fact]
    public async Task RangeRead_AcceptsIsoDateTimesWithEncodedColons()
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: false);
        var id = await CreateAsync(sim, """{"objectType":"order","query":{"queryType":"order"}}""");
        sim.State.AddOrder(SimulatorHarness.Order("PO-0730"));
        sim.Time.Advance(TimeSpan.FromMinutes(2));
        sim.State.AddOrder(SimulatorHarness.Order("PO-0732"));
        sim.Time.Advance(TimeSpan.FromMinutes(2));
        sim.State.AddOrder(SimulatorHarness.Order("PO-0734"));

        var (status, page) = await RawAsync(sim, HttpMethod.Get, $"stream/{id}/0/{Encode("2026-12-04T07:31:00Z")}/{Encode("2026-12-04T07:33:00Z")}");

        Assert.Equal(200, status);
        Assert.Equal(["PO-0732"], page!["events"]!.AsArray().Select(e => (string)e!["payload"]!["poNumber"]!));
    }

    [Fact]
    public async Task Shipment_AddsAnEventWithTheShippedOrder()
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: true);
        var id = await CreateAsync(sim, """{"objectType":"order","query":{"queryType":"order","statuses":["shipped"]}}""");

        var (shipped, _) = await sim.PostAsync("order/singleShipment",
            """{"dscoOrderId":"5000006","shipments":[{"trackingNumber":"1Z6","shippingServiceLevelCode":"UPSG","lineItems":[{"sku":"NM-SCARF-SILK","quantity":1}]}]}""");

        Assert.Equal(201, shipped);
        var partition = sim.State.Streams().Single(s => s.Id == id).Partitions[0];
        var (_, page) = await RawAsync(sim, HttpMethod.Get, $"stream/{id}/0/{Encode(partition.Position)}");
        var only = Assert.Single(page!["events"]!.AsArray())!;
        Assert.Equal("shipped", (string?)only["payload"]!["dscoStatus"]);
        Assert.Equal("1Z6", (string?)only["payload"]!["packages"]![0]!["trackingNumber"]);
        // One reason per event: the order's status changed to shipped, which is what a stream consumer acts on.
        Assert.Equal("update_status_lifecycle", (string?)only["eventReasons"]);
    }

    [Fact]
    public async Task PartialShipment_AddsAnAddShipmentEvent_OrderStaysPending()
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: true);
        await sim.PostAsync("order/acknowledge", """[{"id":"5000001","type":"DSCO_ORDER_ID"}]""");
        var id = await CreateAsync(sim, """{"objectType":"order","query":{"queryType":"order","statuses":["shipment_pending"]}}""");
        var before = sim.State.Streams().Single(s => s.Id == id).Partitions[0].EventCount;

        var (shipped, _) = await sim.PostAsync("order/singleShipment",
            """{"dscoOrderId":"5000001","shipments":[{"trackingNumber":"1Z1","shippingServiceLevelCode":"UPSG","lineItems":[{"sku":"NM-SCARF-SILK","quantity":1}]}]}""");

        Assert.Equal(201, shipped);
        var partition = sim.State.Streams().Single(s => s.Id == id).Partitions[0];
        Assert.Equal(before + 1, partition.EventCount);
        var (_, page) = await RawAsync(sim, HttpMethod.Get, $"stream/{id}/0/{Encode(partition.Position)}");
        var last = page!["events"]!.AsArray()[^1]!;
        Assert.Equal("5000001", (string?)last["payload"]!["dscoOrderId"]);
        Assert.Equal("shipment_pending", (string?)last["payload"]!["dscoStatus"]);
        Assert.Equal("add_shipment", (string?)last["eventReasons"]);
    }

    [Fact]
    public async Task UpdateStream_FewerPartitionsInactivatesTheHighest_AndDeleteRemovesIt()
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: false);
        var id = await CreateAsync(sim, """{"objectType":"order","query":{"queryType":"order"},"numPartitions":4}""");

        var (status, updated) = await sim.PutAsync($"stream/{id}", """{"objectType":"order","query":{"queryType":"order"},"numPartitions":2}""");

        Assert.Equal(200, status);
        Assert.Equal(2, (int)updated!["streamVersion"]!);
        Assert.Equal(["active", "active", "inactive", "inactive"], updated["partitions"]!.AsArray().Select(p => (string)p!["status"]!));
        var orders = Enumerable.Range(0, 10).Select(i => sim.State.AddOrder(SimulatorHarness.Order($"PO-{i}"))).ToList();
        Assert.Equal(10, sim.State.Streams().Single().Partitions.Take(2).Sum(p => p.EventCount));

        using var deleted = await sim.Http.DeleteAsync(new Uri($"stream/{id}", UriKind.Relative));
        Assert.Equal(200, (int)deleted.StatusCode);
        Assert.Empty(sim.State.Streams());
        Assert.Equal(10, orders.Count);
    }
}
