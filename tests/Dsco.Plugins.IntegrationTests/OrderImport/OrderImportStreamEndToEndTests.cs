using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Dsco.Simulator;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using Sellercloud.Plugins;

namespace Dsco.Plugins.IntegrationTests.OrderImport;

/// <summary>
/// Stream mode against the simulator with a stream of several partitions: reading every partition, saving
/// per-partition JSON positions, a seller's minute reset, and DSCO failing in the middle of the stream.
/// </summary>
public sealed class OrderImportStreamEndToEndTests : OrderImportSimulatorTest
{
    private const string OurDescription = "Dsco.Plugins order import for host company 1";

    /// <inheritdoc />
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        UseCredentials(stream: true);
    }

    [Fact]
    public async Task ThreePartitions_EveryPartitionRead_JsonPositionsSaved_ThenAResetReReadsFromThatMinuteOnly()
    {
        // Our stream exists with three partitions (an earlier run created it and died before saving its id).
        var streamId = await CreateStreamAsync(partitions: 3);
        var plugin = Services.GetRequiredService<IOrderImportPlugin>();

        var first = await plugin.ImportOrdersAsync(Host.Context(Time));

        Assert.True(first.Completed, first.RunError);
        Assert.Equal(streamId, Host.Settings["DSCO_StreamID"]);
        Assert.Single(Dsco.State.Streams());
        var partitions = Dsco.State.Streams().Single().Partitions;
        Assert.Equal(3, partitions.Count);
        Assert.True(partitions.Count(p => p.EventCount > 0) >= 2, "the demo orders should spread over several partitions");
        Assert.Equal(Imported, Host.Orders.Select(o => o.Order.ChannelOrderId).OrderBy(i => i, StringComparer.Ordinal));
        Assert.All(Imported, id => Assert.Equal("shipment_pending", Dsco.State.Order(id)!.Status));

        // One JSON entry per partition, each what DSCO now holds for it (PUT after processing).
        var saved = JObject.Parse(Host.Settings["DSCO_StreamPosition"]);
        Assert.Equal(new[] { "0", "1", "2" }, saved.Properties().Select(p => p.Name));
        foreach (var partition in partitions)
        {
            Assert.Equal(partition.Position, (string?)saved[partition.PartitionId.ToString(CultureInfo.InvariantCulture)]);
        }

        // A new order ten minutes later: the next run imports it and only it.
        Time.Advance(TimeSpan.FromMinutes(10));
        var resetMinute = "z/" + Time.GetUtcNow().UtcDateTime.ToString("yyyy'/'MM'/'dd'/'HH'/'mm", CultureInfo.InvariantCulture) + "/000";
        Dsco.State.AddOrder(NewOrder("5000100"));
        var second = await plugin.ImportOrdersAsync(Host.Context(Time));

        Assert.True(second.Completed, second.RunError);
        Assert.Equal(("5000100", ItemOutcome.Succeeded), second.Items.Where(i => i.ItemId != "5000005").Select(i => (i.ItemId, i.Outcome)).Single());
        Assert.Equal(6, Host.Orders.Count);

        // The seller types the reset of the new order's minute: every partition is read again from that minute —
        // the new order is met again (already imported), the demo orders of earlier minutes are not.
        Host.Settings["DSCO_StreamPosition"] = resetMinute;
        Time.Advance(TimeSpan.FromMinutes(5));
        var third = await plugin.ImportOrdersAsync(Host.Context(Time));

        Assert.True(third.Completed, third.RunError);
        Assert.Equal(6, Host.Orders.Count);
        var replayed = third.Items.Where(i => i.ItemId != "5000005").ToList();
        var item = Assert.Single(replayed);
        Assert.Equal("5000100", item.ItemId);
        Assert.Contains("already imported as order", item.Message, StringComparison.Ordinal);
        Assert.Equal(Host.Orders.Single(o => o.Order.ChannelOrderId == "5000100").Id, item.OrderId);
        var afterReset = JObject.Parse(Host.Settings["DSCO_StreamPosition"]);
        Assert.Equal(new[] { "0", "1", "2" }, afterReset.Properties().Select(p => p.Name));
    }

    [Fact]
    public async Task DscoFailsMidStream_RunError_PositionNotPastTheLastHandledEvent_NextRunCompletesWithoutDuplicates()
    {
        var streamId = await CreateStreamAsync(partitions: 3);
        Host.Settings["DSCO_StreamID"] = streamId;
        var before = Dsco.State.Streams().Single().Partitions;
        var withEvents = before.Where(p => p.EventCount > 0).Select(p => p.PartitionId).ToList();
        Assert.True(withEvents.Count >= 2, "the demo orders should spread over several partitions");
        var failing = withEvents[1];
        var unread = before.Where(p => p.PartitionId >= failing).SelectMany(p => p.EventKeys).Distinct().ToList();
        var read = before.Where(p => p.PartitionId < failing).SelectMany(p => p.EventKeys).Distinct().ToList();

        // DSCO answers 503 to every read of the second partition with events, retries included.
        Dsco.Faults.ForceStatus(1000, 503, $"/stream/{streamId}/{failing.ToString(CultureInfo.InvariantCulture)}/");
        var plugin = Services.GetRequiredService<IOrderImportPlugin>();

        var first = await RunDrivingTheClockAsync(plugin);

        Assert.False(first.Completed);
        Assert.Contains("503", first.RunError, StringComparison.Ordinal);
        // Orders of the partitions read before the failure are imported and acknowledged; the rest are untouched.
        Assert.All(read.Where(Imported.Contains), id => Assert.Equal("shipment_pending", Dsco.State.Order(id)!.Status));
        Assert.All(unread, id => Assert.DoesNotContain(Host.Orders, o => o.Order.ChannelOrderId == id));
        var saved = JObject.Parse(Host.Settings["DSCO_StreamPosition"]);
        var after = Dsco.State.Streams().Single().Partitions;
        foreach (var partition in after.Where(p => p.PartitionId >= failing))
        {
            // Not moved, here or at DSCO: the next run reads those events again.
            var original = before.Single(p => p.PartitionId == partition.PartitionId).Position;
            Assert.Equal(original, partition.Position);
            Assert.True(saved[partition.PartitionId.ToString(CultureInfo.InvariantCulture)] is null ||
                (string?)saved[partition.PartitionId.ToString(CultureInfo.InvariantCulture)] == original);
        }

        Dsco.Faults.Clear();
        Time.Advance(TimeSpan.FromMinutes(1));
        var second = await plugin.ImportOrdersAsync(Host.Context(Time));

        Assert.True(second.Completed, second.RunError);
        Assert.Equal(Imported, Host.Orders.Select(o => o.Order.ChannelOrderId).OrderBy(i => i, StringComparer.Ordinal));
        Assert.All(Imported, id => Assert.Equal("shipment_pending", Dsco.State.Order(id)!.Status));
        Assert.Equal("created", Dsco.State.Order("5000005")!.Status);
        Assert.Equal("5000005", Host.Settings["DSCO_PendingOrderIds"]);
        // Every partition moved past the events it held before the failure (acknowledging adds newer ones).
        foreach (var partition in Dsco.State.Streams().Single().Partitions)
        {
            var last = before.Single(p => p.PartitionId == partition.PartitionId).MaxPosition;
            Assert.True(string.CompareOrdinal(partition.Position, last) >= 0, $"partition {partition.PartitionId} at {partition.Position}, before {last}");
        }
    }

    [Fact]
    public async Task AcknowledgeConnectionDroppedAfterDscoTookIt_RetriedAndReported_NextRunAddsNothing()
    {
        var plugin = Services.GetRequiredService<IOrderImportPlugin>();
        Dsco.Faults.DropConnections(1, DropTiming.AfterProcessing, "/order/acknowledge");

        var first = await RunDrivingTheClockAsync(plugin);

        // The acknowledge is safe to repeat, so the client sent it again and DSCO's second answer counts.
        Assert.True(first.Completed, first.RunError);
        Assert.Equal(2, Dsco.State.RequestCount("acknowledgeOrders"));
        Assert.Equal(Imported, Host.Orders.Select(o => o.Order.ChannelOrderId).OrderBy(i => i, StringComparer.Ordinal));
        Assert.All(first.Items.Where(i => i.ItemId is "5000001" or "5000002" or "5000003" or "5000004"),
            i => Assert.Contains("acknowledged at DSCO (requestId", i.Message, StringComparison.Ordinal));
        Assert.All(Imported, id => Assert.Equal("shipment_pending", Dsco.State.Order(id)!.Status));

        Time.Advance(TimeSpan.FromMinutes(1));
        var second = await plugin.ImportOrdersAsync(Host.Context(Time));

        Assert.True(second.Completed, second.RunError);
        Assert.Equal(5, Host.Orders.Count);
        Assert.Equal("5000005", Assert.Single(second.Items).ItemId);
        Assert.Equal(2, Dsco.State.RequestCount("acknowledgeOrders"));
    }

    /// <summary>Runs the plugin while moving the fake clock, so the client's retry back-off (on that clock) elapses.</summary>
    private async Task<PluginRunResult> RunDrivingTheClockAsync(IOrderImportPlugin plugin)
    {
        var run = plugin.ImportOrdersAsync(Host.Context(Time));
        var watch = Stopwatch.StartNew();
        while (!run.IsCompleted)
        {
            Assert.True(watch.Elapsed < TimeSpan.FromMinutes(1), "the run did not finish while the clock was driven");
            await Task.Delay(5);
            Time.Advance(TimeSpan.FromSeconds(2));
        }

        return await run;
    }

    /// <summary>Creates an order stream as the plugin would (same description and query), with several partitions.</summary>
    private async Task<string> CreateStreamAsync(int partitions)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, Dsco.BaseUrl.ToString().TrimEnd('/') + "/stream");
        request.Headers.Authorization = new AuthenticationHeaderValue("bearer", DemoCredentials.Token);
        var body = new JsonObject
        {
            ["objectType"] = "order",
            ["description"] = OurDescription,
            ["numPartitions"] = partitions,
            ["query"] = new JsonObject
            {
                ["queryType"] = "order",
                ["statuses"] = new JsonArray("created", "shipment_pending"),
                ["orderTypes"] = new JsonArray("dropship", "marketplace"),
            },
        };
        request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return (string)JObject.Parse(text)["id"]!;
    }

    private static JsonObject NewOrder(string dscoOrderId) => new()
    {
        ["dscoOrderId"] = dscoOrderId,
        ["poNumber"] = "NM-PO-" + dscoOrderId,
        ["orderType"] = "Dropship",
        ["dscoStatus"] = "created",
        ["shipCarrier"] = "UPS",
        ["shipMethod"] = "Ground",
        ["shipping"] = new JsonObject
        {
            ["name"] = "Ann Lee",
            ["address"] = new JsonArray("5 Pine St"),
            ["city"] = "Austin",
            ["region"] = "TX",
            ["postal"] = "73301",
            ["country"] = "US",
        },
        ["lineItems"] = new JsonArray(new JsonObject
        {
            ["lineNumber"] = 1,
            ["sku"] = "NM-SCARF-SILK",
            ["quantity"] = 1,
            ["expectedCost"] = 30.00m,
            ["consumerPrice"] = 60.00m,
        }),
    };
}
