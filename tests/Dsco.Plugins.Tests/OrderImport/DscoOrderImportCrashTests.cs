using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Sellercloud.Plugins;

namespace Dsco.Plugins.Tests.OrderImport;

/// <summary>
/// Exactly once under crashes: the first run dies right after one durable effect (a host order, a setting, a DSCO
/// acknowledgement or stream position) — the process stops, nothing after it runs — and later runs must leave
/// one host order per DSCO order, every created order acknowledged, and the unmatched order neither imported
/// nor lost. Every effect of a clean run is tried as the crash point.
/// </summary>
public class DscoOrderImportCrashTests
{
    private const string Ours = "Dsco.Plugins order import for host company 1";
    private static readonly string[] Acknowledged = { "5000001", "5000002", "5000003" };
    private static readonly string[] Imported = { "5000001", "5000002", "5000003", "5000006" };

    public static TheoryData<bool> Modes => new() { false, true };

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task Crash_AfterEveryDurableEffect_ReRunsLeaveOneHostOrderEachAndLoseNothing(bool stream)
    {
        var clean = Scenario(stream);
        var cleanRun = await clean.RunAsync();
        Assert.True(cleanRun.Completed, cleanRun.RunError);
        var effects = clean.Journal.ToList();
        // The effects a crash can follow: host creates, the pending record, the acknowledgement, DSCO positions, ours.
        Assert.Contains(effects, e => e.StartsWith("host create", StringComparison.Ordinal));
        Assert.Contains(effects, e => e.StartsWith("dsco ack", StringComparison.Ordinal));
        if (stream)
        {
            Assert.Contains(effects, e => e.StartsWith("setting DSCO_PendingOrderIds", StringComparison.Ordinal));
            Assert.Contains(effects, e => e.StartsWith("dsco position", StringComparison.Ordinal));
            Assert.Contains(effects, e => e.StartsWith("setting DSCO_StreamPosition", StringComparison.Ordinal));
        }

        for (var crashAt = 0; crashAt < effects.Count; crashAt++)
        {
            var bed = Scenario(stream);
            var crashed = await CrashAfterAsync(bed, crashAt);
            var where = $"crash after effect {crashAt} '{effects[crashAt]}'";
            Assert.False(crashed.Completed, where);

            var rerun = await bed.RunAsync();
            Assert.True(rerun.Completed, where + ": " + rerun.RunError);
            AssertExactlyOnce(bed, where);
            Assert.Equal("created", bed.Dsco.Status("5000005"));
            Assert.Equal(ItemOutcome.Failed, rerun.Items.Single(i => i.ItemId == "5000005").Outcome);

            // The unmatched order was not lost: once its product exists it is imported, once.
            bed.Host.Products.Add(new HostProduct { ProductId = "NM-UNKNOWN-SKU" });
            var fixedRun = await bed.RunAsync();
            Assert.True(fixedRun.Completed, where + ": " + fixedRun.RunError);
            Assert.Equal(ItemOutcome.Succeeded, fixedRun.Items.Single(i => i.ItemId == "5000005").Outcome);
            Assert.Equal(1, bed.HostOrderCount("5000005"));
            Assert.Equal("shipment_pending", bed.Dsco.Status("5000005"));
            AssertExactlyOnce(bed, where);
        }
    }

    [Fact]
    public async Task Crash_AnywhereWhileAPendingOrderIsBeingAcknowledged_ItStaysPendingUntilDscoTookTheAcknowledgement()
    {
        // An earlier run created 5000001 in the host, DSCO refused its acknowledgement, so it is in the pending
        // record; the stream will never offer it again. No crash may drop it from the record before DSCO took it.
        static OrderImportTestBed Scenario()
        {
            var bed = new OrderImportTestBed(stream: true);
            bed.Host.Settings["DSCO_StreamID"] = "s1";
            bed.Host.Settings["DSCO_PendingOrderIds"] = "5000001";
            bed.Dsco.AddStream("s1", Ours, "p0");
            bed.AddOrder("5000001");
            bed.Host.Seed("5000001");
            bed.Dsco.AddEvent("s1", 0, "e0-1", bed.AddOrder("5000002"));
            return bed;
        }

        var clean = Scenario();
        Assert.True((await clean.RunAsync()).Completed);
        var effects = clean.Journal.ToList();
        Assert.Contains("dsco ack 5000001,5000002", effects);

        for (var crashAt = 0; crashAt < effects.Count; crashAt++)
        {
            var bed = Scenario();
            var where = $"crash after effect {crashAt} '{effects[crashAt]}'";
            Assert.False((await CrashAfterAsync(bed, crashAt)).Completed, where);

            var rerun = await bed.RunAsync();

            Assert.True(rerun.Completed, where + ": " + rerun.RunError);
            Assert.True(bed.Dsco.Status("5000001") == "shipment_pending", $"{where}: 5000001 is still {bed.Dsco.Status("5000001")} at DSCO");
            Assert.True(bed.Dsco.Status("5000002") == "shipment_pending", $"{where}: 5000002 is still {bed.Dsco.Status("5000002")} at DSCO");
            Assert.Equal(1, bed.HostOrderCount("5000001"));
            Assert.Equal(1, bed.HostOrderCount("5000002"));
            Assert.Equal(string.Empty, bed.Host.Settings["DSCO_PendingOrderIds"]);
        }
    }

    [Fact]
    public async Task PendingOrderWhoseAcknowledgeFailsAgain_StaysPending()
    {
        var bed = new OrderImportTestBed(stream: true);
        bed.Host.Settings["DSCO_StreamID"] = "s1";
        bed.Host.Settings["DSCO_PendingOrderIds"] = "5000001";
        bed.Dsco.AddStream("s1", Ours, "p0");
        bed.AddOrder("5000001");
        bed.Host.Seed("5000001");
        bed.Dsco.RefuseAcknowledgements = "DSCO is not taking acknowledgements";

        var result = await bed.RunAsync();

        Assert.True(result.Completed, result.RunError);
        Assert.Contains("acknowledging it at DSCO failed", Assert.Single(result.Items).Message, StringComparison.Ordinal);
        Assert.Equal("5000001", bed.Host.Settings["DSCO_PendingOrderIds"]);
        Assert.DoesNotContain(bed.Journal, e => e.StartsWith("setting DSCO_PendingOrderIds", StringComparison.Ordinal));
    }

    private static async Task<PluginRunResult> CrashAfterAsync(OrderImportTestBed bed, int crashAt)
    {
        using var process = new CancellationTokenSource();
        var count = 0;
        bed.Journal.AfterEffect = _ =>
        {
            if (count++ == crashAt)
            {
                process.Cancel();
                throw new OperationCanceledException("the process died", process.Token);
            }
        };

        try
        {
            return await bed.RunAsync(process.Token);
        }
        finally
        {
            bed.Journal.AfterEffect = null;
        }
    }

    [Fact]
    public async Task Crash_AfterDscoCreatedTheStreamBeforeItsIdWasSaved_ReRunAdoptsItInsteadOfASecond()
    {
        var bed = new OrderImportTestBed(stream: true);
        using var process = new CancellationTokenSource();
        bed.Journal.AfterEffect = e =>
        {
            if (e.StartsWith("dsco create stream", StringComparison.Ordinal))
            {
                process.Cancel();
                throw new OperationCanceledException("the process died", process.Token);
            }
        };

        var crashed = await bed.RunAsync(process.Token);
        Assert.False(crashed.Completed);
        Assert.False(bed.Host.Settings.ContainsKey("DSCO_StreamID"));
        bed.Journal.AfterEffect = null;

        var rerun = await bed.RunAsync();

        Assert.True(rerun.Completed, rerun.RunError);
        Assert.Single(bed.Dsco.CreatedStreams);
        Assert.Equal("stream-1", bed.Host.Settings["DSCO_StreamID"]);
    }

    private static void AssertExactlyOnce(OrderImportTestBed bed, string where)
    {
        foreach (var id in Imported)
        {
            Assert.True(bed.HostOrderCount(id) == 1, $"{where}: DSCO order {id} is {bed.HostOrderCount(id)} host orders");
        }

        foreach (var id in Acknowledged)
        {
            Assert.True(bed.Dsco.Status(id) == "shipment_pending", $"{where}: DSCO order {id} is still {bed.Dsco.Status(id)}");
            var hostId = bed.Host.Orders.Single(o => o.Order.ChannelOrderId == id).Id;
            Assert.Equal(hostId.ToString(System.Globalization.CultureInfo.InvariantCulture), bed.Dsco.Orders[id].SupplierOrderNumber);
        }

        // DSCO had acknowledged 5000006 itself; it is imported and never acknowledged by us.
        Assert.DoesNotContain("5000006", bed.AcknowledgedIds());
    }

    /// <summary>
    /// Three created orders, one DSCO auto-acknowledged, one with an unknown SKU: legacy pages of two, or a
    /// stream of two partitions with pages of one event.
    /// </summary>
    private static OrderImportTestBed Scenario(bool stream)
    {
        var bed = new OrderImportTestBed(stream);
        var orders = new List<Dsco.Plugins.Api.Models.Order>
        {
            bed.AddOrder("5000001"),
            bed.AddOrder("5000005", sku: "NM-UNKNOWN-SKU"),
            bed.AddOrder("5000002", sku: "NM-SCARF-SILK"),
            bed.AddOrder("5000006", "shipment_pending"),
            bed.AddOrder("5000003", sku: "SC-BAG-001"),
        };
        if (stream)
        {
            bed.Host.Settings["DSCO_StreamID"] = "s1";
            bed.Dsco.AddStream("s1", Ours, "p0", "p1");
            bed.Dsco.EventPageSize = 1;
            for (var i = 0; i < orders.Count; i++)
            {
                bed.Dsco.AddEvent("s1", i % 2, $"e{i % 2}-{i}", orders[i]);
            }
        }

        return bed;
    }
}
