using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;

namespace Dsco.Plugins.IntegrationTests.Simulator;

public sealed class LimitsAndFaultsTests
{
    private const string Item = """{"sku":"NM-SCARF-SILK","status":"out-of-stock","quantityAvailable":0,"warehouses":[{"code":"Lakewood","quantity":0}]}""";

    [Fact]
    public async Task SingleItem_SixthCallInOneSecond_Is429WithRetryAfter_ThenAllowedAgain()
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: true);
        for (var i = 0; i < 5; i++)
        {
            var (ok, _) = await sim.PostAsync("inventory/singleItem", Item);
            Assert.Equal(201, ok);
        }

        using var limited = await sim.Http.PostAsync(new Uri("inventory/singleItem", UriKind.Relative), SimulatorHarness.Json(Item));
        Assert.Equal(429, (int)limited.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), limited.Headers.RetryAfter!.Delta);
        var (_, body) = await SimulatorHarness.ReadAsync(limited);
        Assert.Equal("TOO_MANY_REQUESTS", (string?)body!["messages"]![0]!["code"]);

        // Another operation of the same account has its own budget.
        var (other, _) = await sim.GetAsync("hello");
        Assert.Equal(200, other);

        sim.Time.Advance(TimeSpan.FromSeconds(1));
        var (again, _) = await sim.PostAsync("inventory/singleItem", Item);
        Assert.Equal(201, again);
    }

    [Fact]
    public async Task SingleShipment_PerMinuteLimit_RetryAfterCountsToTheOldestCall()
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: false);

        // 300/min: spend it at 15/s over 20 s, then the next call waits until the first leaves the window.
        for (var second = 0; second < 20; second++)
        {
            for (var i = 0; i < 15; i++)
            {
                var (status, _) = await sim.PostAsync("order/singleShipment", "{}");
                Assert.Equal(400, status);
            }

            sim.Time.Advance(TimeSpan.FromSeconds(1));
        }

        using var limited = await sim.Http.PostAsync(new Uri("order/singleShipment", UriKind.Relative), SimulatorHarness.Json("{}"));
        Assert.Equal(429, (int)limited.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(40), limited.Headers.RetryAfter!.Delta);
    }

    [Fact]
    public async Task Body_Over5MB_Is413WithMessages()
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: true);
        var big = "[" + string.Join(",", Enumerable.Repeat(Item, 5 * 1024 * 1024 / Item.Length + 10)) + "]";

        var (status, body) = await sim.PostAsync("inventory/batch/small", big);

        Assert.Equal(413, status);
        Assert.Equal("PAYLOAD_TOO_LARGE", (string?)body!["messages"]![0]!["code"]);
        Assert.Empty(sim.State.ChangeLog());
    }

    [Fact]
    public async Task Force429_AnswersTheNextCallsWithRetryAfter()
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: true);
        sim.Simulator.Faults.Force429(2, retryAfterSeconds: 7, path: "/order/page");

        using var first = await sim.Http.GetAsync(new Uri("order/page?consumerOrderNumber=NM-C-88001", UriKind.Relative));
        using var second = await sim.Http.GetAsync(new Uri("order/page?consumerOrderNumber=NM-C-88001", UriKind.Relative));
        var (hello, _) = await sim.GetAsync("hello");
        using var third = await sim.Http.GetAsync(new Uri("order/page?consumerOrderNumber=NM-C-88001", UriKind.Relative));

        Assert.Equal(429, (int)first.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), first.Headers.RetryAfter!.Delta);
        Assert.Equal(429, (int)second.StatusCode);
        Assert.Equal(200, hello);
        Assert.Equal(200, (int)third.StatusCode);
    }

    [Fact]
    public async Task DropAfterProcessing_ChangeHappensButClientGetsNoAnswer()
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: true);
        Assert.Equal(200, (await sim.GetAsync("hello")).Status); // the next call reuses this pooled connection
        sim.Simulator.Faults.DropConnections(1, Dsco.Simulator.DropTiming.AfterProcessing, "/order/acknowledge");

        await Assert.ThrowsAsync<HttpRequestException>(() =>
            sim.Http.PostAsync(new Uri("order/acknowledge", UriKind.Relative), SimulatorHarness.Json("""[{"id":"5000001","type":"DSCO_ORDER_ID"}]""")));

        Assert.Equal("shipment_pending", sim.State.Order("5000001")!.Status);
        Assert.Equal(1, sim.State.RequestCount("acknowledgeOrders"));
        Assert.Single(sim.State.ChangeLog());
    }

    [Fact]
    public async Task DropBeforeProcessing_NothingChanges()
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: true);
        Assert.Equal(200, (await sim.GetAsync("hello")).Status);
        sim.Simulator.Faults.DropConnections(1, Dsco.Simulator.DropTiming.BeforeProcessing);

        await Assert.ThrowsAsync<HttpRequestException>(() =>
            sim.Http.PostAsync(new Uri("order/acknowledge", UriKind.Relative), SimulatorHarness.Json("""[{"id":"5000001","type":"DSCO_ORDER_ID"}]""")));
        var (next, _) = await sim.PostAsync("order/acknowledge", """[{"id":"5000002","type":"DSCO_ORDER_ID"}]""");

        Assert.Equal("created", sim.State.Order("5000001")!.Status);
        Assert.Equal(202, next);
        Assert.Equal(2, sim.State.RequestCount("acknowledgeOrders"));
    }

    [Fact]
    public async Task ErrorRate_IsDeterministicForASeed()
    {
        static async Task<string> PatternAsync()
        {
            await using var sim = await SimulatorHarness.StartAsync(seed: false);
            sim.Simulator.Faults.Reseed(42);
            sim.Simulator.Faults.ErrorRate = 0.5;
            var codes = new System.Collections.Generic.List<int>();
            for (var i = 0; i < 12; i++)
            {
                codes.Add((await sim.GetAsync("hello")).Status);
            }

            return string.Join(",", codes);
        }

        var first = await PatternAsync();
        var second = await PatternAsync();

        Assert.Equal(first, second);
        Assert.Contains("500", first, StringComparison.Ordinal);
        Assert.Contains("200", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Latency_WaitsOnTheSimulatorClock()
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: false);
        sim.Simulator.Faults.Latency = TimeSpan.FromSeconds(10);

        var call = sim.GetAsync("hello");
        // Waits for the request to arrive (bounded, so a lost request fails the test instead of hanging it).
        for (var i = 0; i < 2000 && sim.State.RequestCount("helloWorld") == 0; i++)
        {
            await Task.Delay(5);
        }

        Assert.Equal(1, sim.State.RequestCount("helloWorld"));

        sim.Time.Advance(TimeSpan.FromSeconds(9));
        await Task.Delay(20);
        Assert.False(call.IsCompleted);
        sim.Time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(200, (await call).Status);
    }

    [Fact]
    public async Task StateEndpoint_ServesJsonWithoutSecrets()
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: true);
        await sim.GetAsync("hello");

        using var client = new HttpClient();
        var text = await client.GetStringAsync(new Uri(sim.Simulator.BaseUrl, "/_simulator/state"));

        Assert.Contains("\"5000006\"", text, StringComparison.Ordinal);
        Assert.Contains("\"helloWorld\":1", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Dsco.Simulator.DemoCredentials.Token, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Dsco.Simulator.DemoCredentials.ClientSecret, text, StringComparison.Ordinal);
    }
}
