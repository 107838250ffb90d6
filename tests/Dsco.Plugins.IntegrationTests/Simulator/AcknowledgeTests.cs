using System;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using Dsco.Simulator;

namespace Dsco.Plugins.IntegrationTests.Simulator;

public sealed class AcknowledgeTests
{
    [Fact]
    public async Task Acknowledge_MovesCreatedToShipmentPending_AndLogsEachItem()
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: true);

        var (status, body) = await sim.PostAsync("order/acknowledge",
            """[{"id":"5000001","type":"DSCO_ORDER_ID","supplierOrderNumber":"SC-1001"},{"id":"NM-PO-10002","type":"PO_NUMBER"},{"id":"9999999","type":"DSCO_ORDER_ID"}]""");

        Assert.Equal(202, status);
        Assert.Equal("pending", (string?)body!["status"]);
        var requestId = (string)body["requestId"]!;
        Assert.NotNull(body["eventDate"]);

        var first = sim.State.Order("5000001")!;
        Assert.Equal("shipment_pending", first.Status);
        Assert.Equal("acknowledged", first.Lifecycle);
        Assert.Equal("SC-1001", first.SupplierOrderNumber);
        Assert.Equal("shipment_pending", sim.State.Order("5000002")!.Status);

        var (logStatus, log) = await sim.GetAsync($"order/log?requestId={requestId}");
        Assert.Equal(200, logStatus);
        Assert.Equal("COMPLETED", (string?)log!["status"]);
        var entries = log["logs"]!.AsArray();
        Assert.Equal(3, entries.Count);
        Assert.Equal(["success", "success", "failure"], entries.Select(e => (string)e!["status"]!));
        Assert.All(entries, e => Assert.Equal("api", (string?)e!["requestMethod"]));
        Assert.All(entries, e => Assert.Equal(requestId, (string?)e!["requestId"]));
        Assert.Equal("9999999", (string?)entries[2]!["payload"]!["id"]);
        Assert.Equal("ORDER_NOT_FOUND", (string?)entries[2]!["results"]![0]!["code"]);
    }

    [Fact]
    public async Task Acknowledge_WithProcessingDelay_IsProcessingUntilTheDelayPasses()
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: true, o => o.AsyncProcessingDelay = TimeSpan.FromSeconds(30));

        var (_, body) = await sim.PostAsync("order/acknowledge", """[{"id":5000003,"type":"DSCO_ORDER_ID"}]""");
        var requestId = (string)body!["requestId"]!;

        var (_, before) = await sim.GetAsync($"order/log?requestId={requestId}");
        Assert.Equal("PROCESSING", (string?)before!["status"]);
        Assert.Equal("pending", (string?)before["logs"]![0]!["status"]);
        Assert.Equal("created", sim.State.Order("5000003")!.Status);

        sim.Time.Advance(TimeSpan.FromSeconds(30));
        var (_, after) = await sim.GetAsync($"order/log?requestId={requestId}");
        Assert.Equal("COMPLETED", (string?)after!["status"]);
        Assert.Equal("success", (string?)after["logs"]![0]!["status"]);
        Assert.Equal("shipment_pending", sim.State.Order("5000003")!.Status);
    }

    [Fact]
    public async Task Acknowledge_AcceptsOAuthAccessToken_AndCountsRequests()
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: true);
        using var tokenClient = new HttpClient();
        using var tokenResponse = await tokenClient.PostAsync(new Uri(sim.Simulator.BaseUrl + "/oauth2/token"), new FormUrlEncodedContent(
            [new("client_id", DemoCredentials.ClientId), new("client_secret", DemoCredentials.ClientSecret), new("grant_type", "client_credentials")]));
        var (_, token) = await SimulatorHarness.ReadAsync(tokenResponse);
        sim.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (string)token!["access_token"]!);

        var (first, _) = await sim.PostAsync("order/acknowledge", """[{"id":"5000004","type":"DSCO_ORDER_ID"}]""");
        var (second, _) = await sim.PostAsync("order/acknowledge", """[{"id":"5000004","type":"DSCO_ORDER_ID"}]""");

        Assert.Equal(202, first);
        Assert.Equal(202, second);
        Assert.Equal(2, sim.State.RequestCount("acknowledgeOrders"));
        Assert.Equal("shipment_pending", sim.State.Order("5000004")!.Status);
        var log = sim.State.ChangeLog().Where(e => e.OperationId == "acknowledgeOrders").ToList();
        Assert.Equal(2, log.Count);
        Assert.Equal("ALREADY_ACKNOWLEDGED", log[1].Results.Single().Code);
    }

    [Fact]
    public async Task Acknowledge_NotAnArray_Is400()
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: true);

        var (status, body) = await sim.PostAsync("order/acknowledge", """{"id":"5000001","type":"DSCO_ORDER_ID"}""");

        Assert.Equal(400, status);
        Assert.Equal("failure", (string?)body!["status"]);
    }

    [Fact]
    public async Task SetOrderStatus_SimulatesAutoAcknowledge()
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: true);

        sim.State.SetOrderStatus("5000005", "shipment_pending");

        Assert.Equal("acknowledged", sim.State.Order("5000005")!.Lifecycle);
    }
}
