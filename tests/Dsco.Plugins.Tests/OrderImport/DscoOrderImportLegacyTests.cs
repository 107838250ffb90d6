using System;
using System.Linq;
using System.Threading.Tasks;
using Dsco.Plugins.OrderImport;
using Sellercloud.Plugins;

namespace Dsco.Plugins.Tests.OrderImport;

public class DscoOrderImportLegacyTests
{
    [Fact]
    public async Task Import_OrdersOverSeveralPages_ImportsEachOnceAndAcknowledgesInOneCall()
    {
        var bed = new OrderImportTestBed(stream: false);
        foreach (var id in new[] { "5000001", "5000002", "5000003", "5000004", "5000006" })
        {
            bed.AddOrder(id, id == "5000006" ? "shipment_pending" : "created");
        }

        var result = await bed.RunAsync();

        Assert.True(result.Completed, result.RunError);
        Assert.Equal("DSCO API v3 Order Import", result.PluginName);
        Assert.Equal(5, result.SucceededCount);
        Assert.Equal(new[] { "5000001", "5000002", "5000003", "5000004", "5000006" }, bed.Host.Orders.Select(o => o.Order.ChannelOrderId));

        // One date search, then the scroll id until the empty page (5 orders, 2 per page → pages 1-3, then empty).
        var first = bed.Dsco.PageRequests[0];
        Assert.Null(first.ScrollId);
        Assert.Equal(new[] { "created", "shipment_pending" }, first.Statuses);
        Assert.Equal(OrderImportTestBed.Now.AddDays(-30), first.CreatedSince);
        Assert.Equal(OrderImportTestBed.Now.AddSeconds(-10), first.Until);
        Assert.Equal(4, bed.Dsco.PageRequests.Count);
        Assert.All(bed.Dsco.PageRequests.Skip(1), r => Assert.Equal("scroll-1", r.ScrollId));

        // The auto-acknowledged order is imported but not acknowledged again.
        var call = Assert.Single(bed.Dsco.AcknowledgeCalls);
        Assert.Equal(new[] { "5000001", "5000002", "5000003", "5000004" }, call.Select(o => o.Id));
        Assert.Equal(new[] { "101", "102", "103", "104" }, call.Select(o => o.SupplierOrderNumber));
        Assert.All(call, o => Assert.Equal("DSCO_ORDER_ID", o.Type));
        Assert.Equal("shipment_pending", bed.Dsco.Status("5000001"));

        var pending = result.Items.Single(i => i.ItemId == "5000006");
        Assert.Equal(105, pending.OrderId);
        Assert.Contains("already acknowledged", pending.Message);
        var acked = result.Items.Single(i => i.ItemId == "5000001");
        Assert.Equal(101, acked.OrderId);
        Assert.Contains("imported as order 101", acked.Message);
        Assert.Contains("acknowledged at DSCO (requestId req-1)", acked.Message);
    }

    [Fact]
    public async Task Import_CreatedOrder_IsImportedPaidForTheDscoUser()
    {
        var bed = new OrderImportTestBed(stream: false);
        bed.Host.Settings["DSCO_NeimanMarcus"] = "NeimanMarcus";
        bed.AddOrder("5000001");

        await bed.RunAsync();

        var order = Assert.Single(bed.Host.Orders).Order;
        Assert.Equal(("DSCO_1@sellercloud.com", "NeimanMarcus", PaymentStatus.Charged), (order.CustomerUser, order.OrderSource, order.PaymentStatus));
        Assert.Equal("NM-PO-5000001", order.PoNumber);
    }

    [Fact]
    public async Task Import_UnmatchedSku_FailsNotAcknowledged_ThenImportsOnceTheProductExists()
    {
        var bed = new OrderImportTestBed(stream: false);
        bed.AddOrder("5000001");
        bed.AddOrder("5000005", sku: "NM-UNKNOWN-SKU");

        var first = await bed.RunAsync();

        Assert.True(first.Completed);
        var failed = first.Items.Single(i => i.ItemId == "5000005");
        Assert.Equal(ItemOutcome.Failed, failed.Outcome);
        Assert.Contains("line 1, lineNumber 1 (sku 'NM-UNKNOWN-SKU')", failed.Message);
        Assert.Contains("not acknowledged", failed.Message);
        Assert.Equal(0, bed.HostOrderCount("5000005"));
        Assert.Equal(new[] { "5000001" }, bed.AcknowledgedIds());
        Assert.Equal("created", bed.Dsco.Status("5000005"));

        // Still "created" at DSCO, so the next search fetches it again; now the product exists.
        bed.Host.Products.Add(new HostProduct { ProductId = "NM-UNKNOWN-SKU" });
        var second = await bed.RunAsync();

        var item = Assert.Single(second.Items); // 5000001 is imported and acknowledged: not reported again
        Assert.Equal(("5000005", ItemOutcome.Succeeded), (item.ItemId, item.Outcome));
        Assert.Equal(1, bed.HostOrderCount("5000005"));
        Assert.Equal(1, bed.HostOrderCount("5000001"));
        Assert.Equal("shipment_pending", bed.Dsco.Status("5000005"));
    }

    [Fact]
    public async Task Import_CrashAfterCreate_ReRunAcknowledgesWithoutASecondOrder()
    {
        var bed = new OrderImportTestBed(stream: false);
        bed.AddOrder("5000001");
        var hostId = bed.Host.Seed("5000001"); // an earlier run created it and died before acknowledging

        var result = await bed.RunAsync();

        Assert.Equal(1, bed.HostOrderCount("5000001"));
        var item = Assert.Single(result.Items);
        Assert.Equal((ItemOutcome.Succeeded, (int?)hostId), (item.Outcome, item.OrderId));
        Assert.Contains($"already imported as order {hostId}", item.Message);
        var ack = Assert.Single(Assert.Single(bed.Dsco.AcknowledgeCalls));
        Assert.Equal(("5000001", hostId.ToString(System.Globalization.CultureInfo.InvariantCulture)), (ack.Id, ack.SupplierOrderNumber));
    }

    [Fact]
    public async Task Import_AlreadyImportedAndAcknowledged_IsNeitherReportedNorAcknowledgedAgain()
    {
        var bed = new OrderImportTestBed(stream: false);
        bed.AddOrder("5000006", "shipment_pending");
        bed.Host.Seed("5000006");

        var result = await bed.RunAsync();

        Assert.True(result.Completed);
        Assert.Empty(result.Items);
        Assert.Empty(bed.Dsco.AcknowledgeCalls);
        Assert.Equal(1, bed.HostOrderCount("5000006"));
    }

    [Fact]
    public async Task Import_StalePageStillSaysCreated_NoSecondOrderOnlyAnotherAcknowledge()
    {
        var bed = new OrderImportTestBed(stream: false);
        bed.Dsco.PageSize = 1;
        bed.AddOrder("5000001");
        bed.AddOrder("5000002");

        await bed.RunAsync();
        bed.Dsco.Orders["5000001"].DscoStatus = "created"; // a stale page still says created
        var second = await bed.RunAsync();

        Assert.Equal(1, bed.HostOrderCount("5000001"));
        Assert.Equal(1, bed.HostOrderCount("5000002"));
        Assert.Equal(new[] { "5000001", "5000002", "5000001" }, bed.AcknowledgedIds());
        Assert.Contains("already imported", Assert.Single(second.Items).Message);
    }

    [Fact]
    public async Task Import_DscoFailsOnTheSecondPage_RunErrorAndTheFirstPageIsStillAcknowledged()
    {
        var bed = new OrderImportTestBed(stream: false);
        foreach (var id in new[] { "5000001", "5000002", "5000003" })
        {
            bed.AddOrder(id);
        }

        bed.Dsco.Fail = key => key == "page:2";

        var result = await bed.RunAsync();

        Assert.False(result.Completed);
        Assert.Contains("DSCO page:2 failed with 503", result.RunError);
        Assert.Equal(new[] { "5000001", "5000002" }, bed.AcknowledgedIds());
        Assert.Equal(2, result.SucceededCount);
        Assert.Equal("created", bed.Dsco.Status("5000003"));
    }

    [Fact]
    public async Task Import_HostFailsOnCreate_RunErrorAndEarlierOrdersStillAcknowledged()
    {
        var bed = new OrderImportTestBed(stream: false);
        bed.AddOrder("5000001");
        bed.AddOrder("5000002");
        bed.Host.FailCreateFor.Add("5000002");

        var result = await bed.RunAsync();

        Assert.Contains("host database unavailable", result.RunError);
        Assert.Equal(new[] { "5000001" }, bed.AcknowledgedIds());
        Assert.Equal("created", bed.Dsco.Status("5000002"));
    }

    [Fact]
    public async Task Import_HostRefusesAnOrdersData_ThatOrderFailsUnacknowledged_LaterOrdersStillImported()
    {
        var bed = new OrderImportTestBed(stream: false);
        bed.AddOrder("5000001");
        bed.AddOrder("5000002");
        bed.Host.RejectCreateFor.Add("5000001");

        var result = await bed.RunAsync();

        Assert.True(result.Completed, result.RunError);
        var failed = result.Items.Single(i => i.ItemId == "5000001");
        Assert.Equal(ItemOutcome.Failed, failed.Outcome);
        Assert.Contains("the host refused the order: Order 5000001: ShippingAddress.State 'Texas'", failed.Message, StringComparison.Ordinal);
        Assert.Contains("fetched again on the next run", failed.Message, StringComparison.Ordinal);
        Assert.Equal(new[] { "5000002" }, bed.AcknowledgedIds());
        Assert.Equal("created", bed.Dsco.Status("5000001"));
    }

    [Fact]
    public async Task Import_AcknowledgeRefused_ReportedOnTheItemAndAcknowledgedByTheNextRun()
    {
        var bed = new OrderImportTestBed(stream: false);
        bed.AddOrder("5000001");
        bed.Dsco.RefuseAcknowledgements = "DSCO acknowledge failed with 500";

        var first = await bed.RunAsync();

        var item = Assert.Single(first.Items);
        Assert.Equal(ItemOutcome.Succeeded, item.Outcome); // the host order exists
        Assert.Contains("acknowledging it at DSCO failed (DSCO acknowledge failed with 500)", item.Message);
        Assert.Equal("created", bed.Dsco.Status("5000001"));

        bed.Dsco.RefuseAcknowledgements = null;
        var second = await bed.RunAsync();

        Assert.Contains("already imported as order 101", Assert.Single(second.Items).Message);
        Assert.Equal("shipment_pending", bed.Dsco.Status("5000001"));
        Assert.Equal(1, bed.HostOrderCount("5000001"));
    }

    [Fact]
    public async Task Import_OrderLogReportsAnAcknowledgeFailure_ReportedAndAcknowledgedByTheNextRun()
    {
        var bed = new OrderImportTestBed(stream: false);
        bed.AddOrder("5000001");
        bed.AddOrder("5000002");
        bed.Dsco.LoggedAcknowledgeFailures["req-1"] = new() { ["5000002"] = "ORDER_LOCKED order is locked" };

        var first = await bed.RunAsync();

        Assert.Equal(new[] { "req-1" }, bed.Dsco.LogReads);
        Assert.Contains("acknowledged at DSCO", first.Items.Single(i => i.ItemId == "5000001").Message);
        Assert.Contains("DSCO's order log: ORDER_LOCKED order is locked", first.Items.Single(i => i.ItemId == "5000002").Message);

        var second = await bed.RunAsync();

        Assert.Contains("already imported as order 102", Assert.Single(second.Items).Message);
        Assert.Equal("shipment_pending", bed.Dsco.Status("5000002"));
        Assert.Equal(2, bed.Host.Orders.Count);
    }

    [Fact]
    public async Task Import_OrderLogUnreadable_TheAcknowledgementStillCounts()
    {
        var bed = new OrderImportTestBed(stream: false);
        bed.AddOrder("5000001");
        bed.Dsco.Fail = key => key == "log";

        var result = await bed.RunAsync();

        Assert.True(result.Completed, result.RunError);
        Assert.Contains("acknowledged at DSCO (requestId req-1)", Assert.Single(result.Items).Message);
    }

    [Fact]
    public async Task Import_LookbackOption_SetsTheSearchWindow()
    {
        var bed = new OrderImportTestBed(stream: false);
        var plugin = new DscoOrderImportPlugin(_ => bed.Dsco, bed.Time, new DscoOrderImportOptions { LegacyLookback = TimeSpan.FromDays(2), LegacyUntilLag = TimeSpan.FromSeconds(6) });

        await plugin.ImportOrdersAsync(bed.Host.Context(bed.Time));

        var request = Assert.Single(bed.Dsco.PageRequests);
        Assert.Equal((OrderImportTestBed.Now.AddDays(-2), OrderImportTestBed.Now.AddSeconds(-6)), (request.CreatedSince, request.Until));
    }

    [Fact]
    public void Options_UntilLagUnderFiveSeconds_Refused()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            new DscoOrderImportPlugin(_ => new FakeDsco(new Journal()), null, new DscoOrderImportOptions { LegacyUntilLag = TimeSpan.FromSeconds(4) }));

        Assert.Equal("LegacyUntilLag", ex.ParamName);
    }

    [Fact]
    public async Task Import_NoCredentials_RunErrorNamingTheSettingsAndNoDscoCall()
    {
        var bed = new OrderImportTestBed(stream: false);
        bed.Host.Settings.Remove("DSCO_Token");
        bed.AddOrder("5000001");

        var result = await bed.RunAsync();

        Assert.False(result.Completed);
        Assert.Contains("DSCO_Token", result.RunError);
        Assert.Equal(0, bed.Dsco.Calls);
        Assert.DoesNotContain("legacy-token-value", result.RunError);
    }

    [Fact]
    public async Task Import_BadApiBaseUrl_RunErrorNamingTheSetting()
    {
        var bed = new OrderImportTestBed(stream: false);
        bed.Host.Settings["DSCO_ApiBaseUrl"] = "api.dsco.io";

        var result = await bed.RunAsync();

        Assert.Contains("DSCO_ApiBaseUrl 'api.dsco.io'", result.RunError);
        Assert.Contains("https://api.dsco.io/api/v3", result.RunError);
        Assert.Equal(0, bed.Dsco.Calls);
    }

    [Fact]
    public async Task Import_CancelledByTheHost_StopsWithARunError()
    {
        var bed = new OrderImportTestBed(stream: false);
        bed.AddOrder("5000001");
        using var cts = new System.Threading.CancellationTokenSource();
        cts.Cancel();

        var result = await bed.Plugin.ImportOrdersAsync(new PluginRunContext(1, bed.Host, bed.Host, bed.Host) { TimeProvider = bed.Time, CancellationToken = cts.Token });

        Assert.Contains("cancelled", result.RunError, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(bed.Host.Orders);
    }
}
