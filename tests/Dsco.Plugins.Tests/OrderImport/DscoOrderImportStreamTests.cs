using System.Linq;
using System.Threading.Tasks;
using Dsco.Plugins.OrderImport;
using Newtonsoft.Json.Linq;
using Sellercloud.Plugins;

namespace Dsco.Plugins.Tests.OrderImport;

public class DscoOrderImportStreamTests
{
    private const string Ours = "Dsco.Plugins order import for host company 1";

    [Fact]
    public async Task Import_NoStreamId_CreatesAnOrderStreamAndSavesItsIdBeforeReading()
    {
        var bed = new OrderImportTestBed(stream: true);

        var result = await bed.RunAsync();

        Assert.True(result.Completed, result.RunError);
        var request = Assert.Single(bed.Dsco.CreatedStreams);
        Assert.Equal(("order", Ours), (request.ObjectType, request.Description));
        Assert.True(JToken.DeepEquals(
            JObject.Parse("""{"queryType":"order","statuses":["created","shipment_pending"],"orderTypes":["dropship","marketplace"]}"""),
            request.Query));
        Assert.Equal("stream-1", bed.Host.Settings["DSCO_StreamID"]);
        Assert.Equal(new[] { "dsco create stream stream-1", "setting DSCO_StreamID=stream-1" }, bed.Journal);
        Assert.Equal((0, "start-0"), Assert.Single(bed.Dsco.EventReads));
    }

    [Fact]
    public async Task Import_CreateAnswerLost_AdoptsTheStreamItCreatedInsteadOfASecondOne()
    {
        var bed = new OrderImportTestBed(stream: true);
        bed.Dsco.LoseCreateStreamAnswer = true;

        var result = await bed.RunAsync();

        Assert.True(result.Completed, result.RunError);
        Assert.Single(bed.Dsco.CreatedStreams);
        Assert.Equal("stream-1", bed.Host.Settings["DSCO_StreamID"]);
    }

    [Fact]
    public async Task Import_NoStreamIdButOurStreamExists_AdoptsItWithoutCreating()
    {
        var bed = new OrderImportTestBed(stream: true);
        bed.Dsco.AddStream("other", "someone else's stream", "p0");
        bed.Dsco.AddStream("ours-7", Ours, "p0");

        await bed.RunAsync();

        Assert.Empty(bed.Dsco.CreatedStreams);
        Assert.Equal("ours-7", bed.Host.Settings["DSCO_StreamID"]);
    }

    [Fact]
    public async Task Import_StreamIdUnknownToDsco_RunErrorNamingTheSetting()
    {
        var bed = new OrderImportTestBed(stream: true);
        bed.Host.Settings["DSCO_StreamID"] = "gone";

        var result = await bed.RunAsync();

        Assert.Contains("DSCO_StreamID 'gone'", result.RunError);
        Assert.Contains("clear it", result.RunError);
    }

    [Fact]
    public async Task Import_TwoPartitions_ReadsEachAcknowledgesAndSavesPositionsAsJson()
    {
        var bed = StreamBed(partitions: 2);
        AddEvent(bed, 0, "e0-1", bed.AddOrder("5000001"));
        AddEvent(bed, 0, "e0-2", bed.AddOrder("5000002"));
        AddEvent(bed, 0, "e0-3", bed.AddOrder("5000003"));
        AddEvent(bed, 1, "e1-1", bed.AddOrder("5000004"));
        AddEvent(bed, 1, "e1-2", bed.AddOrder("5000006", "shipment_pending"));

        var result = await bed.RunAsync();

        Assert.True(result.Completed, result.RunError);
        Assert.Equal(5, bed.Host.Orders.Count);
        Assert.Equal(new[] { "5000001", "5000002", "5000003", "5000004" }, bed.AcknowledgedIds());
        // Pages of two: partition 0 reads start, e0-2, e0-3 (empty); partition 1 reads start, e1-2 (empty).
        Assert.Equal(new[] { (0, "p0"), (0, "e0-2"), (0, "e0-3"), (1, "p1"), (1, "e1-2") }, bed.Dsco.EventReads);
        Assert.Equal("""{"0":"e0-3","1":"e1-2"}""", bed.Host.Settings["DSCO_StreamPosition"]);
        Assert.Equal(new[] { "e0-3", "e1-2" }, bed.Dsco.Streams[0].Partitions!.Select(p => p.Position));
        // Host orders, then the acknowledgement, then DSCO's positions, then ours.
        Assert.Equal(
            new[]
            {
                "host create 5000001 as 101", "host create 5000002 as 102", "host create 5000003 as 103", "host create 5000004 as 104", "host create 5000006 as 105",
                "dsco ack 5000001,5000002,5000003,5000004", "dsco position 0=e0-3", "dsco position 1=e1-2",
                """setting DSCO_StreamPosition={"0":"e0-3","1":"e1-2"}""",
            },
            bed.Journal);
    }

    [Fact]
    public async Task Import_SavedPositions_ResumeEachPartitionFromItsOwnPosition()
    {
        var bed = StreamBed(partitions: 2);
        bed.Host.Settings["DSCO_StreamPosition"] = """{"0":"e0-1","1":"e1-1"}""";
        AddEvent(bed, 0, "e0-1", bed.AddOrder("5000001"));
        AddEvent(bed, 0, "e0-2", bed.AddOrder("5000002"));
        AddEvent(bed, 1, "e1-1", bed.AddOrder("5000003"));

        await bed.RunAsync();

        Assert.Equal(new[] { "5000002" }, bed.Host.Orders.Select(o => o.Order.ChannelOrderId));
        Assert.Equal((1, "e1-1"), bed.Dsco.EventReads.Last());
        Assert.Equal("""{"0":"e0-2","1":"e1-1"}""", bed.Host.Settings["DSCO_StreamPosition"]);
    }

    [Fact]
    public async Task Import_OnePartition_SavesItsPositionAsJsonBecauseEventIdsLookLikeResets()
    {
        var bed = StreamBed(partitions: 1);
        AddEvent(bed, 0, "z/2026/12/04/07/30/000/000000042", bed.AddOrder("5000001"));
        AddEvent(bed, 0, "z/2026/12/04/07/31/000/000000043", bed.AddOrder("5000002"));

        var first = await bed.RunAsync();
        Assert.True(first.Completed, first.RunError);
        Assert.Equal("""{"0":"z/2026/12/04/07/31/000/000000043"}""", bed.Host.Settings["DSCO_StreamPosition"]);

        AddEvent(bed, 0, "z/2026/12/04/07/40/000/000000050", bed.AddOrder("5000003"));
        var second = await bed.RunAsync();

        Assert.True(second.Completed, second.RunError);
        Assert.Equal((0, "z/2026/12/04/07/31/000/000000043"), bed.Dsco.EventReads[^2]);
        Assert.Equal(new[] { "5000001", "5000002", "5000003" }, bed.Host.Orders.Select(o => o.Order.ChannelOrderId));
    }

    [Fact]
    public void Positions_EventIdExtendingTheResetForm_IsOpaqueNotAMalformedReset()
    {
        var parsed = DscoStreamPositions.Parse("z/2026/12/04/07/30/000/000000042");

        Assert.Equal("z/2026/12/04/07/30/000/000000042", parsed.For(3));
    }

    [Fact]
    public async Task Import_SellerReset_ReadsEveryPartitionFromTheResetPosition()
    {
        var bed = StreamBed(partitions: 2);
        bed.Host.Settings["DSCO_StreamPosition"] = "z/2022/09/26/20/19/000";
        AddEvent(bed, 0, "e0-1", bed.AddOrder("5000001"));

        var result = await bed.RunAsync();

        Assert.True(result.Completed, result.RunError);
        Assert.Equal(new[] { (0, "z/2022/09/26/20/19/000"), (0, "e0-1"), (1, "z/2022/09/26/20/19/000") }, bed.Dsco.EventReads);
        Assert.Equal("""{"0":"e0-1","1":"z/2022/09/26/20/19/000"}""", bed.Host.Settings["DSCO_StreamPosition"]);
    }

    [Fact]
    public async Task Import_SellerResetThenDscoFailsOnASecondPartition_TheResetIsKeptForThePartitionsNotReached()
    {
        var bed = StreamBed(partitions: 3);
        bed.Host.Settings["DSCO_StreamPosition"] = "z/2022/09/26/20/19/000";
        AddEvent(bed, 0, "e0-1", bed.AddOrder("5000001"));
        AddEvent(bed, 1, "e1-1", bed.AddOrder("5000002"));
        AddEvent(bed, 2, "e2-1", bed.AddOrder("5000003"));
        bed.Dsco.Fail = key => key == "events:1:e1-1";

        var first = await bed.RunAsync();

        Assert.False(first.Completed);
        Assert.Equal("""{"0":"e0-1","1":"z/2022/09/26/20/19/000","2":"z/2022/09/26/20/19/000"}""", bed.Host.Settings["DSCO_StreamPosition"]);
        Assert.Equal(new[] { "p1", "p2" }, bed.Dsco.Streams[0].Partitions!.Skip(1).Select(p => p.Position));

        bed.Dsco.Fail = _ => false;
        var readsBefore = bed.Dsco.EventReads.Count;
        var second = await bed.RunAsync();

        Assert.True(second.Completed, second.RunError);
        var reads = bed.Dsco.EventReads.Skip(readsBefore).ToList();
        Assert.Contains((1, "z/2022/09/26/20/19/000"), reads);
        Assert.Contains((2, "z/2022/09/26/20/19/000"), reads);
        Assert.Equal(new[] { "5000001", "5000002", "5000003" }, bed.Host.Orders.Select(o => o.Order.ChannelOrderId));
        Assert.Equal("""{"0":"e0-1","1":"e1-1","2":"e2-1"}""", bed.Host.Settings["DSCO_StreamPosition"]);
    }

    [Theory]
    [InlineData("z/2022/9/26/20/19/000")]
    [InlineData("z/2022/13/26/20/19/000")]
    [InlineData("z/2022-09-26")]
    public async Task Import_MalformedReset_RunErrorWithSettingValueFormatAndExample(string value)
    {
        var bed = StreamBed(partitions: 1);
        bed.Host.Settings["DSCO_StreamPosition"] = value;
        AddEvent(bed, 0, "e0-1", bed.AddOrder("5000001"));

        var result = await bed.RunAsync();

        Assert.False(result.Completed);
        Assert.Contains("DSCO_StreamPosition", result.RunError);
        Assert.Contains(value, result.RunError);
        Assert.Contains("z/yyyy/MM/dd/HH/mm/000", result.RunError);
        Assert.Contains("z/2022/09/26/20/19/000", result.RunError);
        Assert.Empty(bed.Host.Orders);
        Assert.Empty(bed.Dsco.EventReads);
    }

    [Fact]
    public async Task Import_UnmatchedSku_PendingBeforeThePositionMoves_ImportedOnceTheProductExists()
    {
        var bed = StreamBed(partitions: 1);
        AddEvent(bed, 0, "e0-1", bed.AddOrder("5000005", sku: "NM-UNKNOWN-SKU"));
        AddEvent(bed, 0, "e0-2", bed.AddOrder("5000001"));

        var first = await bed.RunAsync();

        Assert.True(first.Completed, first.RunError);
        Assert.Equal(ItemOutcome.Failed, first.Items.Single(i => i.ItemId == "5000005").Outcome);
        Assert.Contains("DSCO_PendingOrderIds", first.Items.Single(i => i.ItemId == "5000005").Message);
        Assert.Equal("5000005", bed.Host.Settings["DSCO_PendingOrderIds"]);
        Assert.Equal("""{"0":"e0-2"}""", bed.Host.Settings["DSCO_StreamPosition"]);
        Assert.True(bed.Journal.IndexOf("setting DSCO_PendingOrderIds=5000005") < bed.Journal.IndexOf("dsco position 0=e0-2"));
        Assert.Equal("created", bed.Dsco.Status("5000005"));

        // Still failing: kept, reported again, not acknowledged.
        var second = await bed.RunAsync();
        Assert.Equal(ItemOutcome.Failed, Assert.Single(second.Items).Outcome);
        Assert.Equal("5000005", bed.Host.Settings["DSCO_PendingOrderIds"]);

        bed.Host.Products.Add(new HostProduct { ProductId = "NM-UNKNOWN-SKU" });
        var third = await bed.RunAsync();

        Assert.Equal(new[] { "5000005", "5000005" }, bed.Dsco.GetOrderCalls); // runs 2 and 3 fetch it by id
        Assert.Equal(ItemOutcome.Succeeded, Assert.Single(third.Items).Outcome);
        Assert.Equal(1, bed.HostOrderCount("5000005"));
        Assert.Equal("", bed.Host.Settings["DSCO_PendingOrderIds"]);
        Assert.Equal("shipment_pending", bed.Dsco.Status("5000005"));
    }

    [Fact]
    public async Task Import_PendingOrderCancelledAtDsco_SkippedAndDropped()
    {
        var bed = StreamBed(partitions: 1);
        bed.Host.Settings["DSCO_PendingOrderIds"] = "5000005";
        bed.AddOrder("5000005", "cancelled", "NM-UNKNOWN-SKU");

        var result = await bed.RunAsync();

        var item = Assert.Single(result.Items);
        Assert.Equal(ItemOutcome.Skipped, item.Outcome);
        Assert.Contains("cancelled at DSCO", item.Message);
        Assert.Equal("", bed.Host.Settings["DSCO_PendingOrderIds"]);
    }

    [Fact]
    public async Task Import_DscoFailsMidStream_RunErrorAndPositionAtTheLastHandledEvent()
    {
        var bed = StreamBed(partitions: 1);
        bed.Dsco.EventPageSize = 1;
        AddEvent(bed, 0, "e0-1", bed.AddOrder("5000001"));
        AddEvent(bed, 0, "e0-2", bed.AddOrder("5000002"));
        AddEvent(bed, 0, "e0-3", bed.AddOrder("5000003"));
        bed.Dsco.Fail = key => key == "events:0:e0-3";

        var first = await bed.RunAsync();

        Assert.False(first.Completed);
        Assert.Contains("events:0:e0-3", first.RunError);
        Assert.Equal("""{"0":"e0-2"}""", bed.Host.Settings["DSCO_StreamPosition"]);
        Assert.Equal("e0-2", bed.Dsco.Streams[0].Partitions![0].Position);
        Assert.Equal(new[] { "5000001", "5000002" }, bed.AcknowledgedIds());

        bed.Dsco.Fail = _ => false;
        var second = await bed.RunAsync();

        Assert.True(second.Completed, second.RunError);
        Assert.Equal(new[] { "5000001", "5000002", "5000003" }, bed.Host.Orders.Select(o => o.Order.ChannelOrderId));
        Assert.Equal("""{"0":"e0-3"}""", bed.Host.Settings["DSCO_StreamPosition"]);
    }

    [Fact]
    public async Task Import_HostFailsOnCreate_PositionStaysBeforeThatOrder()
    {
        var bed = StreamBed(partitions: 1);
        AddEvent(bed, 0, "e0-1", bed.AddOrder("5000001"));
        AddEvent(bed, 0, "e0-2", bed.AddOrder("5000002"));
        bed.Host.FailCreateFor.Add("5000002");

        var result = await bed.RunAsync();

        Assert.Contains("host database unavailable", result.RunError);
        Assert.Equal("""{"0":"e0-1"}""", bed.Host.Settings["DSCO_StreamPosition"]);
        Assert.Equal(new[] { "5000001" }, bed.AcknowledgedIds());
    }

    [Fact]
    public async Task Import_HostRefusesAnOrdersData_ThatOrderFailsAndIsPending_TheStreamMovesOn()
    {
        var bed = StreamBed(partitions: 1);
        AddEvent(bed, 0, "e0-1", bed.AddOrder("5000001"));
        AddEvent(bed, 0, "e0-2", bed.AddOrder("5000002"));
        bed.Host.RejectCreateFor.Add("5000001");

        var result = await bed.RunAsync();

        Assert.True(result.Completed, result.RunError);
        var failed = result.Items.Single(i => i.ItemId == "5000001");
        Assert.Equal(ItemOutcome.Failed, failed.Outcome);
        Assert.Contains("DSCO order 5000001 (PO NM-PO-5000001) was not imported: the host refused the order: Order 5000001: ShippingAddress.State 'Texas' is not a 2-letter code.", failed.Message, System.StringComparison.Ordinal);
        Assert.Contains("DSCO_PendingOrderIds", failed.Message, System.StringComparison.Ordinal);
        Assert.Equal("5000001", bed.Host.Settings["DSCO_PendingOrderIds"]);
        Assert.Equal(new[] { "5000002" }, bed.Host.Orders.Select(o => o.Order.ChannelOrderId));
        Assert.Equal(new[] { "5000002" }, bed.AcknowledgedIds());
        Assert.Equal("created", bed.Dsco.Status("5000001"));
        Assert.Equal("""{"0":"e0-2"}""", bed.Host.Settings["DSCO_StreamPosition"]);

        bed.Host.RejectCreateFor.Clear();
        var second = await bed.RunAsync();

        Assert.Equal(ItemOutcome.Succeeded, Assert.Single(second.Items).Outcome);
        Assert.Equal(1, bed.HostOrderCount("5000001"));
        Assert.Equal("", bed.Host.Settings["DSCO_PendingOrderIds"]);
    }

    [Fact]
    public async Task Import_ReplayedEventsAndCrashAfterCreate_OneHostOrderEachAndOneAcknowledge()
    {
        var bed = StreamBed(partitions: 1);
        var order = bed.AddOrder("5000001");
        AddEvent(bed, 0, "e0-1", order);
        AddEvent(bed, 0, "e0-2", order); // the same order again (an update, or a replay)
        var hostId = bed.Host.Seed("5000001"); // and an earlier run already created it

        var result = await bed.RunAsync();

        Assert.Equal(1, bed.HostOrderCount("5000001"));
        var item = Assert.Single(result.Items);
        Assert.Equal((int?)hostId, item.OrderId);
        Assert.Equal(new[] { "5000001" }, bed.AcknowledgedIds());
        Assert.Equal("""{"0":"e0-2"}""", bed.Host.Settings["DSCO_StreamPosition"]);
    }

    [Fact]
    public async Task Import_CancelledOrderNotInHost_Skipped()
    {
        var bed = StreamBed(partitions: 1);
        AddEvent(bed, 0, "e0-1", bed.AddOrder("5000009", "cancelled"));

        var result = await bed.RunAsync();

        Assert.Equal(ItemOutcome.Skipped, Assert.Single(result.Items).Outcome);
        Assert.Empty(bed.Host.Orders);
        Assert.Equal("""{"0":"e0-1"}""", bed.Host.Settings["DSCO_StreamPosition"]);
    }

    [Fact]
    public async Task Import_AcknowledgeRefused_OrderJoinsThePendingRecordAndIsAcknowledgedNextRun()
    {
        var bed = StreamBed(partitions: 1);
        AddEvent(bed, 0, "e0-1", bed.AddOrder("5000001"));
        bed.Dsco.RefuseAcknowledgements = "DSCO acknowledge failed with 500";

        await bed.RunAsync();

        Assert.Equal("5000001", bed.Host.Settings["DSCO_PendingOrderIds"]);
        Assert.Equal("""{"0":"e0-1"}""", bed.Host.Settings["DSCO_StreamPosition"]);

        bed.Dsco.RefuseAcknowledgements = null;
        var second = await bed.RunAsync();

        Assert.Contains("already imported as order 101", Assert.Single(second.Items).Message);
        Assert.Equal("shipment_pending", bed.Dsco.Status("5000001"));
        Assert.Equal("", bed.Host.Settings["DSCO_PendingOrderIds"]);
        Assert.Equal(1, bed.HostOrderCount("5000001"));
    }

    [Fact]
    public async Task Import_OrderLogReportsAnAcknowledgeFailure_OrderJoinsThePendingRecord()
    {
        var bed = StreamBed(partitions: 1);
        AddEvent(bed, 0, "e0-1", bed.AddOrder("5000001"));
        bed.Dsco.LoggedAcknowledgeFailures["req-1"] = new() { ["5000001"] = "ORDER_LOCKED order is locked" };

        await bed.RunAsync();

        Assert.Equal("5000001", bed.Host.Settings["DSCO_PendingOrderIds"]);
        Assert.True(bed.Journal.IndexOf("setting DSCO_PendingOrderIds=5000001") < bed.Journal.IndexOf("dsco position 0=e0-1"));

        var second = await bed.RunAsync();

        Assert.Contains("already imported as order 101", Assert.Single(second.Items).Message);
        Assert.Equal("shipment_pending", bed.Dsco.Status("5000001"));
        Assert.Equal("", bed.Host.Settings["DSCO_PendingOrderIds"]);
    }

    [Fact]
    public void Positions_FormatAndParse_RoundTrip()
    {
        var text = DscoStreamPositions.Format(new System.Collections.Generic.Dictionary<int, string> { [1] = "b", [0] = "a" });
        var parsed = DscoStreamPositions.Parse(text);

        Assert.Equal("""{"0":"a","1":"b"}""", text);
        Assert.Equal(("a", "b", (string?)null), (parsed.For(0), parsed.For(1), parsed.For(2)));
        Assert.Equal("x", DscoStreamPositions.Parse(" x ").For(5));
        Assert.True(DscoStreamPositions.Parse("  ").IsEmpty);
    }

    private static OrderImportTestBed StreamBed(int partitions)
    {
        var bed = new OrderImportTestBed(stream: true);
        bed.Host.Settings["DSCO_StreamID"] = "s1";
        bed.Dsco.AddStream("s1", Ours, Enumerable.Range(0, partitions).Select(i => $"p{i}").ToArray());
        return bed;
    }

    private static void AddEvent(OrderImportTestBed bed, int partition, string eventId, Dsco.Plugins.Api.Models.Order order) =>
        bed.Dsco.AddEvent("s1", partition, eventId, order);
}
