using System.Linq;
using System.Threading.Tasks;
using Sellercloud.Plugins;

namespace Dsco.Plugins.Tests.OrderImport;

/// <summary>The import asks the host about a whole page of orders in one call instead of one call per order.</summary>
public class DscoOrderImportBatchLookupTests
{
    private const string Ours = "Dsco.Plugins order import for host company 1";

    [Fact]
    public async Task Legacy_PageOfFiveOrders_OneBatchLookupAndNoSingleLookups()
    {
        var bed = new OrderImportTestBed(stream: false);
        bed.Dsco.PageSize = 5;
        var ids = new[] { "5000001", "5000002", "5000003", "5000004", "5000006" };
        foreach (var id in ids)
        {
            bed.AddOrder(id, id == "5000006" ? "shipment_pending" : "created");
        }

        var earlier = bed.Host.Seed("5000003"); // imported by an earlier run that died before acknowledging

        var result = await bed.RunAsync();

        Assert.True(result.Completed, result.RunError);
        var batch = Assert.Single(bed.Host.BatchLookups);
        Assert.Equal(ids, batch);
        Assert.Empty(bed.Host.SingleLookups);

        // The batch answer is acted on: the seeded order is recognised, not created again, and acknowledged.
        Assert.Equal(1, bed.HostOrderCount("5000003"));
        Assert.Equal(5, bed.Host.Orders.Count);
        var call = Assert.Single(bed.Dsco.AcknowledgeCalls);
        Assert.Equal(earlier.ToString(System.Globalization.CultureInfo.InvariantCulture), call.Single(o => o.Id == "5000003").SupplierOrderNumber);
        Assert.Contains("already imported", result.Items.Single(i => i.ItemId == "5000003").Message);
    }

    [Fact]
    public async Task Legacy_ThreePages_OneBatchLookupPerPage()
    {
        var bed = new OrderImportTestBed(stream: false);
        foreach (var id in new[] { "5000001", "5000002", "5000003", "5000004", "5000006" })
        {
            bed.AddOrder(id);
        }

        var result = await bed.RunAsync();

        Assert.True(result.Completed, result.RunError);
        Assert.Equal(
            new[] { new[] { "5000001", "5000002" }, new[] { "5000003", "5000004" }, new[] { "5000006" } },
            bed.Host.BatchLookups.Select(b => b.ToArray()));
        Assert.Empty(bed.Host.SingleLookups);
        Assert.Equal(5, bed.Host.Orders.Count);
    }

    [Fact]
    public async Task Legacy_OrderCreatedElsewhereAfterTheBatchLookup_IsNotCreatedTwice()
    {
        var bed = new OrderImportTestBed(stream: false);
        bed.Dsco.PageSize = 5;
        bed.AddOrder("5000001");
        bed.AddOrder("5000002");
        var other = 0;

        // Another run creates 5000002 right after this run created 5000001: the batch answer ("absent") is stale.
        bed.Journal.AfterEffect = effect =>
        {
            if (effect.StartsWith("host create 5000001", System.StringComparison.Ordinal))
            {
                other = bed.Host.Seed("5000002");
            }
        };

        var result = await bed.RunAsync();

        Assert.True(result.Completed, result.RunError);
        Assert.Single(bed.Host.BatchLookups);
        Assert.Equal(1, bed.HostOrderCount("5000002"));
        var item = result.Items.Single(i => i.ItemId == "5000002");
        Assert.Equal((ItemOutcome.Succeeded, (int?)other), (item.Outcome, item.OrderId));
        Assert.Contains("already imported", item.Message);
        Assert.Equal(new[] { "5000001", "5000002" }, bed.AcknowledgedIds());
    }

    [Fact]
    public async Task Stream_PageOfEvents_OneBatchLookup_PendingRetryKeepsItsOwnLookup()
    {
        var bed = new OrderImportTestBed(stream: true);
        bed.Host.Settings["DSCO_StreamID"] = "s1";
        bed.Dsco.AddStream("s1", Ours, "p0");
        bed.Dsco.EventPageSize = 10;
        bed.Host.Settings["DSCO_PendingOrderIds"] = "5000009";
        bed.AddOrder("5000009");
        bed.Dsco.AddEvent("s1", 0, "e0-1", bed.AddOrder("5000001"));
        bed.Dsco.AddEvent("s1", 0, "e0-2", bed.AddOrder("5000002"));
        bed.Dsco.AddEvent("s1", 0, "e0-3", bed.AddOrder("5000003"));
        bed.Dsco.AddEvent("s1", 0, "e0-4", bed.AddOrder("5000002")); // a second event for the same order
        bed.Dsco.AddEvent("s1", 0, "e0-5", bed.AddOrder("5000009")); // created this run from the pending record

        var result = await bed.RunAsync();

        Assert.True(result.Completed, result.RunError);
        Assert.Equal(new[] { "5000009" }, bed.Host.SingleLookups);
        var batch = Assert.Single(bed.Host.BatchLookups);
        Assert.Equal(new[] { "5000001", "5000002", "5000003" }, batch);
        Assert.Equal(4, bed.Host.Orders.Count);
        Assert.All(new[] { "5000001", "5000002", "5000003", "5000009" }, id => Assert.Equal(1, bed.HostOrderCount(id)));
        Assert.Equal(new[] { "5000009", "5000001", "5000002", "5000003" }, bed.AcknowledgedIds());
        Assert.Equal("""{"0":"e0-5"}""", bed.Host.Settings["DSCO_StreamPosition"]);
    }

    [Fact]
    public async Task Stream_OrderCreatedOnAnEarlierPartition_IsRecognisedWithoutCreatingItAgain()
    {
        var bed = new OrderImportTestBed(stream: true);
        bed.Host.Settings["DSCO_StreamID"] = "s1";
        bed.Dsco.AddStream("s1", Ours, "p0", "p1");
        var order = bed.AddOrder("5000001");
        bed.Dsco.AddEvent("s1", 0, "e0-1", order);
        bed.Dsco.AddEvent("s1", 1, "e1-1", order);
        bed.Dsco.AddEvent("s1", 1, "e1-2", bed.AddOrder("5000002"));

        var result = await bed.RunAsync();

        Assert.True(result.Completed, result.RunError);
        Assert.Equal(1, bed.HostOrderCount("5000001"));
        Assert.Equal(new[] { new[] { "5000001" }, new[] { "5000002" } }, bed.Host.BatchLookups.Select(b => b.ToArray()));
        Assert.Empty(bed.Host.SingleLookups);
        Assert.Equal(new[] { "5000001", "5000002" }, bed.AcknowledgedIds());
    }
}
