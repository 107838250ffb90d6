using System;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace Dsco.Plugins.IntegrationTests.Simulator;

public sealed class ChangeLogAndAccountTests
{
    [Fact]
    public async Task DateRange_StartInclusiveEndExclusive_PagedUntilEmpty_WithStatusFilter()
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: true);
        var start = sim.Time.GetUtcNow();
        await sim.PostAsync("order/acknowledge", """[{"id":"5000001","type":"DSCO_ORDER_ID"},{"id":"1","type":"DSCO_ORDER_ID"}]""");
        sim.Time.Advance(TimeSpan.FromMinutes(1));
        var end = sim.Time.GetUtcNow();
        await sim.PostAsync("order/acknowledge", """[{"id":"5000002","type":"DSCO_ORDER_ID"}]""");

        var window = $"startDate={SimulatorHarness.Iso(start)}&endDate={SimulatorHarness.Iso(end)}";
        var (status, first) = await sim.GetAsync($"order/log?{window}");
        var (_, failures) = await sim.GetAsync($"order/log?{window}&status=failure");

        Assert.Equal(200, status);
        Assert.Equal(["5000001", "1"], first!["logs"]!.AsArray().Select(e => (string)e!["payload"]!["id"]!));
        var scrollId = (string)first["scrollId"]!;
        var (_, next) = await sim.GetAsync($"order/log?scrollId={scrollId}");
        Assert.Empty(next!["logs"]!.AsArray());
        Assert.Equal(404, (await sim.GetAsync($"order/log?scrollId={scrollId}")).Status);
        Assert.Equal(["1"], failures!["logs"]!.AsArray().Select(e => (string)e!["payload"]!["id"]!));
    }

    [Fact]
    public async Task ChangeLog_WithoutRequestIdOrDates_Is400()
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: false);

        var (status, body) = await sim.GetAsync("inventory/log");

        Assert.Equal(400, status);
        Assert.Equal("failure", (string?)body!["status"]);
    }

    [Fact]
    public async Task Accounts_SeeOnlyTheirOwnData()
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: true);
        sim.State.AddAccount("1000002", token: "second-token");
        sim.State.AddOrder(SimulatorHarness.Order("OTHER-PO", created: SimulatorHarness.Start.AddMinutes(-10)), "1000002");
        using var other = new HttpClient { BaseAddress = sim.Http.BaseAddress };
        other.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("bearer", "second-token");

        using var response = await other.GetAsync(new Uri($"order/page?ordersCreatedSince=2026-12-01T00:00:00Z&until={sim.UntilNow()}", UriKind.Relative));
        var (_, page) = await SimulatorHarness.ReadAsync(response);
        using var ack = await other.PostAsync(new Uri("order/acknowledge", UriKind.Relative), SimulatorHarness.Json("""[{"id":"5000001","type":"DSCO_ORDER_ID"}]"""));

        Assert.Equal(["OTHER-PO"], page!["orders"]!.AsArray().Select(o => (string)o!["poNumber"]!));
        Assert.Equal("1000002", (string?)page["orders"]![0]!["dscoSupplierId"]);
        Assert.Equal("created", sim.State.Order("5000001")!.Status);
        Assert.Equal("ORDER_NOT_FOUND", sim.State.ChangeLog("1000002").Single().Results.Single().Code);
    }

    [Fact]
    public async Task ControlEndpoints_SteerFaultsAndFixturesOverHttp()
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: true);
        using var control = new HttpClient { BaseAddress = new Uri(sim.Simulator.BaseUrl, "/_simulator/") };

        using var faults = await control.PostAsync(new Uri("faults", UriKind.Relative),
            SimulatorHarness.Json("""{"forceStatus":{"count":1,"statusCode":503,"path":"/hello"}}"""));
        using var added = await control.PostAsync(new Uri("orders", UriKind.Relative), SimulatorHarness.Json(SimulatorHarness.Order("PO-HTTP")));
        using var status = await control.PostAsync(new Uri("orders/5000001/status/cancelled", UriKind.Relative), null);

        Assert.Equal(200, (int)faults.StatusCode);
        Assert.Equal(503, (await sim.GetAsync("hello")).Status);
        Assert.Equal(200, (await sim.GetAsync("hello")).Status);
        Assert.Equal(201, (int)added.StatusCode);
        var (_, body) = await SimulatorHarness.ReadAsync(added);
        Assert.Equal("PO-HTTP", sim.State.Order((string)body!["dscoOrderId"]!)!.PoNumber);
        Assert.Equal("cancelled", sim.State.Order("5000001")!.Status);
    }

    [Fact]
    public async Task SingleStreamEvent_LimitedTo15PerMinute()
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: true);
        var (_, stream) = await sim.PostAsync("stream", """{"objectType":"order","query":{"queryType":"order"}}""");
        var id = (string)stream!["id"]!;
        var eventId = sim.State.Streams().Single().Partitions[0].Position;
        var (_, events) = await sim.GetAsync($"stream/{id}/0/{Uri.EscapeDataString(eventId)}");
        var first = (string)events!["events"]![0]!["id"]!;

        for (var i = 0; i < 15; i++)
        {
            var (ok, single) = await sim.GetAsync($"stream/single/{id}/0/{Uri.EscapeDataString(first)}");
            Assert.Equal(200, ok);
            Assert.Equal(first, (string?)single!["events"]![0]!["id"]);
        }

        using var limited = await sim.Http.GetAsync(new Uri($"stream/single/{id}/0/{Uri.EscapeDataString(first)}", UriKind.Relative));
        Assert.Equal(429, (int)limited.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(60), limited.Headers.RetryAfter!.Delta);
    }

    [Fact]
    public async Task StandaloneBuild_FromCommandLineArguments_ServesTheSameApi()
    {
        var builder = Microsoft.AspNetCore.Builder.WebApplication.CreateSlimBuilder(["--urls", "http://127.0.0.1:0"]);
        var app = Dsco.Simulator.DscoSimulator.Build(builder, new Dsco.Simulator.SimulatorOptions(), out var runtime);
        await app.StartAsync();
        try
        {
            var address = app.Urls.Single();
            using var client = new HttpClient();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("bearer", Dsco.Simulator.DemoCredentials.Token);
            var body = JsonNode.Parse(await client.GetStringAsync(new Uri(address + "/api/v3/order/?orderKey=dscoOrderId&value=5000006")));

            Assert.Equal("shipment_pending", (string?)body!["dscoStatus"]);
            Assert.Equal(6, runtime.State.Orders().Count);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
