using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace Dsco.Plugins.IntegrationTests.Simulator;

public sealed class OrderPageTests
{
    private static async Task<SimulatorHarness> WithOrdersAsync(int count)
    {
        var sim = await SimulatorHarness.StartAsync(seed: false);
        for (var i = 0; i < count; i++)
        {
            sim.State.AddOrder(SimulatorHarness.Order($"PO-{i:000}", created: SimulatorHarness.Start.AddMinutes(-60 + i)));
        }

        return sim;
    }

    [Fact]
    public async Task Paging_FollowsStableScrollIdUntilEmptyPage_ThenScrollIdIsGone()
    {
        await using var sim = await WithOrdersAsync(25);
        var since = SimulatorHarness.Iso(SimulatorHarness.Start.AddHours(-2));

        var (status, first) = await sim.GetAsync($"order/page?ordersCreatedSince={since}&until={sim.UntilNow()}&ordersPerPage=10");
        Assert.Equal(200, status);
        var scrollId = (string)first!["scrollId"]!;
        var seen = first["orders"]!.AsArray().Select(o => (string)o!["poNumber"]!).ToList();
        Assert.Equal(10, seen.Count);

        var pages = new List<int>();
        // Bounded: a simulator that never returns the empty page fails the assertion below instead of looping forever.
        for (var i = 0; i < 10; i++)
        {
            var (pageStatus, page) = await sim.GetAsync($"order/page?scrollId={scrollId}");
            Assert.Equal(200, pageStatus);
            Assert.Equal(scrollId, (string?)page!["scrollId"]);
            var orders = page["orders"]!.AsArray();
            pages.Add(orders.Count);
            if (orders.Count == 0)
            {
                break;
            }

            seen.AddRange(orders.Select(o => (string)o!["poNumber"]!));
        }

        Assert.Equal([10, 5, 0], pages);
        Assert.Equal(Enumerable.Range(0, 25).Select(i => $"PO-{i:000}"), seen);
        var (after, _) = await sim.GetAsync($"order/page?scrollId={scrollId}");
        Assert.Equal(404, after);
    }

    [Fact]
    public async Task Paging_ScrollUnusedForFiveMinutes_Is404()
    {
        await using var sim = await WithOrdersAsync(15);
        var (_, first) = await sim.GetAsync($"order/page?ordersCreatedSince=2026-12-01T00:00:00Z&until={sim.UntilNow()}&ordersPerPage=10");
        var scrollId = (string)first!["scrollId"]!;

        sim.Time.Advance(TimeSpan.FromMinutes(5));
        var (status, body) = await sim.GetAsync($"order/page?scrollId={scrollId}");

        Assert.Equal(404, status);
        Assert.Equal("failure", (string?)body!["status"]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public async Task Until_LessThanFiveSecondsInThePast_Is400WithMessage(int secondsAgo)
    {
        await using var sim = await WithOrdersAsync(1);

        var (status, body) = await sim.GetAsync($"order/page?ordersCreatedSince=2026-12-01T00:00:00Z&until={sim.UntilNow(secondsAgo)}");

        Assert.Equal(400, status);
        Assert.Equal("failure", (string?)body!["status"]);
        Assert.Equal("error", (string?)body["messages"]![0]!["severity"]);
        Assert.Contains("5 seconds", (string?)body["messages"]![0]!["description"], StringComparison.Ordinal);
        Assert.NotNull(body["requestId"]);
    }

    [Fact]
    public async Task DateSearch_WithoutUntil_Is400()
    {
        await using var sim = await WithOrdersAsync(1);

        var (status, body) = await sim.GetAsync("order/page?ordersCreatedSince=2026-12-01T00:00:00Z");

        Assert.Equal(400, status);
        Assert.Contains("until", (string?)body!["messages"]![0]!["description"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("9")]
    [InlineData("1001")]
    [InlineData("12.5")]
    public async Task OrdersPerPage_OutsideTenToThousand_Is400(string perPage)
    {
        await using var sim = await WithOrdersAsync(1);

        var (status, _) = await sim.GetAsync($"order/page?ordersCreatedSince=2026-12-01T00:00:00Z&until={sim.UntilNow()}&ordersPerPage={perPage}");

        Assert.Equal(400, status);
    }

    [Fact]
    public async Task StatusFilter_RepeatedKey_AndTestOrdersExcludedByDefault()
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: true);
        sim.State.AddOrder(SimulatorHarness.Order("PO-SHIPPED", created: SimulatorHarness.Start.AddMinutes(-30), status: "shipped"));
        sim.State.AddOrder(SimulatorHarness.Order("PO-TEST", created: SimulatorHarness.Start.AddMinutes(-30), test: true));
        var window = $"ordersCreatedSince=2026-12-01T00:00:00Z&until={sim.UntilNow()}";

        var (_, pending) = await sim.GetAsync($"order/page?{window}&status=shipment_pending&status=shipped");
        var (_, created) = await sim.GetAsync($"order/page?{window}&status=created");
        var (_, withTest) = await sim.GetAsync($"order/page?{window}&status=created&includeTestOrders=true");

        Assert.Equal(["NM-PO-10006", "PO-SHIPPED"], pending!["orders"]!.AsArray().Select(o => (string)o!["poNumber"]!).Order());
        Assert.Equal(["NM-PO-10001", "NM-PO-10002", "NM-PO-10003", "NM-PO-10004", "NM-PO-10005"], created!["orders"]!.AsArray().Select(o => (string)o!["poNumber"]!));
        Assert.Contains("PO-TEST", withTest!["orders"]!.AsArray().Select(o => (string)o!["poNumber"]!));
    }

    [Fact]
    public async Task CreatedSinceIsInclusive_UpdatedSinceIsExclusive()
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: false);
        var at = SimulatorHarness.Start.AddMinutes(-10);
        sim.State.AddOrder(SimulatorHarness.Order("PO-EDGE", created: at));

        var (_, created) = await sim.GetAsync($"order/page?ordersCreatedSince={SimulatorHarness.Iso(at)}&until={sim.UntilNow()}");
        var (_, updated) = await sim.GetAsync($"order/page?ordersUpdatedSince={SimulatorHarness.Iso(at)}&until={sim.UntilNow()}");

        Assert.Single(created!["orders"]!.AsArray());
        Assert.Empty(updated!["orders"]!.AsArray());
    }

    [Fact]
    public async Task ConsumerOrderNumberSearch_NeedsNoDates()
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: true);

        var (status, body) = await sim.GetAsync("order/page?consumerOrderNumber=NM-C-88003");

        Assert.Equal(200, status);
        var order = Assert.Single(body!["orders"]!.AsArray());
        Assert.Equal("5000003", (string?)order!["dscoOrderId"]);
        Assert.Equal("J.D.", (string?)order["lineItems"]![1]!["personalization"]);
    }

    [Fact]
    public async Task GetOrderById_ByEachKey_TrailingSlashRequired()
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: true);

        var (byId, order) = await sim.GetAsync("order/?orderKey=dscoOrderId&value=5000002");
        var (byPo, _) = await sim.GetAsync("order/?orderKey=poNumber&value=NM-PO-10002");
        var (multiple, array) = await sim.GetAsync("order/?orderKey=poNumber&value=NM-PO-10002&returnMultiple=true");
        var (missing, _) = await sim.GetAsync("order/?orderKey=dscoOrderId&value=1");
        var (badKey, _) = await sim.GetAsync("order/?orderKey=sku&value=1");
        var (noSlash, _) = await sim.GetAsync("order?orderKey=dscoOrderId&value=5000002");

        Assert.Equal(200, byId);
        Assert.Equal("NM-PO-10002", (string?)order!["poNumber"]);
        Assert.Equal("Happy birthday, Anna! Love, Michael", (string?)order["giftMessage"]);
        Assert.Equal(25.00m, (decimal)order["coupons"]![0]!["amount"]!);
        Assert.Equal(200, byPo);
        Assert.Equal(200, multiple);
        Assert.IsType<JsonArray>(array);
        Assert.Equal(404, missing);
        Assert.Equal(400, badKey);
        Assert.Equal(404, noSlash);
    }

    [Fact]
    public async Task DemoSeed_HasTheSixDemoOrdersAndCatalog()
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: true);

        var orders = sim.State.Orders();

        Assert.Equal(["5000001", "5000002", "5000003", "5000004", "5000005", "5000006"], orders.Select(o => o.DscoOrderId));
        Assert.Equal("shipment_pending", orders[5].Status);
        Assert.Equal("acknowledged", orders[5].Lifecycle);
        Assert.All(orders.Take(5), o => Assert.Equal("created", o.Status));
        var line = orders[3].Document["lineItems"]![1]!.AsObject();
        Assert.Equal("9000001", (string?)line["dscoItemId"]);
        Assert.False(line.ContainsKey("sku"));
        Assert.Equal("9000004", sim.State.Catalog()["NM-BAG-LEATHER"]);
        Assert.Equal(5, sim.State.Catalog().Count);
    }
}
