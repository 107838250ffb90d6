using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Dsco.Plugins.Sample.Plugins;
using Dsco.Plugins.Sample.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Sellercloud.Plugins;

namespace Dsco.Plugins.IntegrationTests.SampleHost;

public sealed class TaskRunnerTests
{
    [Fact]
    public async Task TrackingExport_SetsTrackingUploadedOnlyOnSucceededSelectedOrders()
    {
        await using var db = await TempDatabase.CreateAsync();
        var (ok, failed, skipped) = (await ShippedOrderAsync(db, "A"), await ShippedOrderAsync(db, "B"), await ShippedOrderAsync(db, "C"));
        var notSelected = (await db.Orders.CreateOrderAsync(TempDatabase.Order("D"))).OrderId;
        var plugin = new FakeOrderExportPlugin("DSCO API v3 Tracking Export")
        {
            Outcome = id => id == failed ? new ItemResult("B", ItemOutcome.Failed, "DSCO said no") { OrderId = id }
                : id == skipped ? new ItemResult("C", ItemOutcome.Skipped, "no packages") { OrderId = id }
                : new ItemResult("A", ItemOutcome.Succeeded) { OrderId = id },
            Extra = new[] { new ItemResult("D", ItemOutcome.Succeeded) { OrderId = notSelected } },
        };
        var output = new StringWriter();

        var report = Assert.Single(await Runner(db, plugin, output).RunAllAsync(new[] { HostTasks.TrackingExport }, 1));

        Assert.Equal(TaskOutcome.Ran, report.Outcome);
        Assert.Equal(new[] { ok, failed, skipped }, plugin.LastContext!.SelectedOrderIds);
        Assert.True(plugin.LastContext.Options.IsTrackingExport);
        Assert.False(plugin.LastContext.Options.IsInvoiceExport);
        Assert.Equal(1, report.MarksApplied[OrderMark.TrackingUploaded]);
        var orders = (await db.Orders.GetOrdersAsync(new[] { ok, failed, skipped, notSelected })).ToDictionary(o => o.Id);
        Assert.True(orders[ok].TrackingUploaded);
        Assert.False(orders[failed].TrackingUploaded);
        Assert.False(orders[skipped].TrackingUploaded);
        Assert.False(orders[notSelected].TrackingUploaded);
        Assert.All(orders.Values, o => Assert.False(o.Exported || o.InvoiceUploaded));

        var text = output.ToString();
        Assert.Contains("selected 3, exported 2, skipped 1, failed 1", text, StringComparison.Ordinal);
        Assert.Contains("FAILED  B (order " + failed + "): DSCO said no", text, StringComparison.Ordinal);
        Assert.Contains("skipped C (order " + skipped + "): no packages", text, StringComparison.Ordinal);
        Assert.Contains("set Tracking Uploaded on 1 order(s)", text, StringComparison.Ordinal);
        Assert.Contains("[tracking-export] 3/3 handled (exporting)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvoiceExport_SetsInvoiceUploadedAndExported_AndHandsTheContextOver()
    {
        await using var db = await TempDatabase.CreateAsync();
        var id = await ShippedOrderAsync(db, "A");
        await db.Orders.SetOrderMarkAsync(new[] { id }, OrderMark.TrackingUploaded, true);
        var plugin = new FakeOrderExportPlugin("DSCO API v3 Invoice Export");

        var report = Assert.Single(await Runner(db, plugin, new StringWriter()).RunAllAsync(new[] { HostTasks.InvoiceExport }, 1));

        Assert.Equal(TaskOutcome.Ran, report.Outcome);
        var context = plugin.LastContext!;
        Assert.Equal((1, TaskRunner.DemoUserId), (context.CompanyId, context.UserId));
        Assert.True(context.Options.IsInvoiceExport && context.Options.MarkOrdersAsExported && !context.Options.IsTrackingExport);
        Assert.Same(db.Time, context.TimeProvider);
        Assert.NotNull(context.Progress);
        Assert.Equal(DscoToken, await context.Settings.GetAsync(1, "DSCO_Token"));
        var order = Assert.Single(await db.Orders.GetOrdersAsync(new[] { id }));
        Assert.True(order.InvoiceUploaded && order.Exported && order.TrackingUploaded);
    }

    [Fact]
    public async Task RunError_FailsTheTaskButStillMarksWhatSucceeded()
    {
        await using var db = await TempDatabase.CreateAsync();
        var id = await ShippedOrderAsync(db, "A");
        var plugin = new FakeOrderExportPlugin("DSCO API v3 Tracking Export") { RunError = "DSCO unreachable after 1 order" };
        var output = new StringWriter();

        var report = Assert.Single(await Runner(db, plugin, output).RunAllAsync(new[] { HostTasks.TrackingExport }, 1));

        Assert.Equal(TaskOutcome.Failed, report.Outcome);
        Assert.Equal(1, SampleAppExitCode(report));
        Assert.True(Assert.Single(await db.Orders.GetOrdersAsync(new[] { id })).TrackingUploaded);
        Assert.Contains("TASK FAILED: DSCO unreachable after 1 order", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PluginThrows_FailsTheTask_MarksNothing_AndRedactsSecrets()
    {
        await using var db = await TempDatabase.CreateAsync();
        var id = await ShippedOrderAsync(db, "A");
        var plugin = new FakeOrderExportPlugin("DSCO API v3 Tracking Export") { Throw = new InvalidOperationException($"bad auth header Bearer {DscoToken}") };
        var output = new StringWriter();

        var report = Assert.Single(await Runner(db, plugin, output).RunAllAsync(new[] { HostTasks.TrackingExport }, 1));

        Assert.Equal(TaskOutcome.Failed, report.Outcome);
        Assert.False(Assert.Single(await db.Orders.GetOrdersAsync(new[] { id })).TrackingUploaded);
        Assert.DoesNotContain(DscoToken, output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Bearer ***", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PluginLogger_RedactsSecretSettingValues()
    {
        await using var db = await TempDatabase.CreateAsync();
        await db.Settings.SetAsync(1, "DSCO_ClientSecret", "client-secret-value");
        await ShippedOrderAsync(db, "A");
        var plugin = new FakeOrderExportPlugin("DSCO API v3 Tracking Export") { LogMessage = $"token={DscoToken} secret=client-secret-value supplier=1000001" };
        var logs = new CapturingLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs));
        var runner = new TaskRunner(db.Store, PluginCatalog.FromPlugins(new[] { plugin }), factory, db.Time, new StringWriter());

        await runner.RunAllAsync(new[] { HostTasks.TrackingExport }, 1);

        Assert.Equal("token=*** secret=*** supplier=1000001", Assert.Single(logs.Messages));
    }

    [Fact]
    public async Task MissingPlugins_AreReportedNotAvailable_NotFailed()
    {
        await using var db = await TempDatabase.CreateAsync();
        var output = new StringWriter();
        var runner = new TaskRunner(db.Store, PluginCatalog.Empty, NullLoggerFactory.Instance, db.Time, output);

        var reports = await runner.RunAllAsync(HostTasks.All, 1);

        Assert.Equal(
            new[] { TaskOutcome.NotAvailable, TaskOutcome.Ran, TaskOutcome.NotAvailable, TaskOutcome.NotAvailable, TaskOutcome.NotAvailable },
            reports.Select(r => r.Outcome));
        Assert.Equal(4, output.ToString().Split("not available in this plugin assembly").Length - 1);
    }

    [Fact]
    public async Task EmptySavedSearch_DoesNotRunTheExportPlugin()
    {
        await using var db = await TempDatabase.CreateAsync();
        var plugin = new FakeOrderExportPlugin("DSCO API v3 Tracking Export");

        var report = Assert.Single(await Runner(db, plugin, new StringWriter()).RunAllAsync(new[] { HostTasks.TrackingExport }, 1));

        Assert.Equal(TaskOutcome.Ran, report.Outcome);
        Assert.Null(plugin.LastContext);
        Assert.Contains("selected nothing", report.Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAndInventory_GetTheirSelections()
    {
        await using var db = await TempDatabase.CreateAsync();
        var import = new FakeOrderImportPlugin();
        var output = new StringWriter();
        var catalog = PluginCatalog.FromPlugins(new ISellercloudPlugin[] { import, new FakeProductExportPlugin() });
        var runner = new TaskRunner(db.Store, catalog, NullLoggerFactory.Instance, db.Time, output);

        var reports = await runner.RunAllAsync(new[] { HostTasks.OrderImport, HostTasks.InventoryExport }, 1);

        // Names differ from the DSCO ones: the only plugin of the right kind is used.
        Assert.All(reports, r => Assert.Equal(TaskOutcome.Ran, r.Outcome));
        Assert.Empty(import.LastContext!.SelectedOrderIds);
        Assert.Equal("None", import.LastContext.Options.ImportFrom);
        var inventory = reports[1].Result!;
        Assert.Equal(new[] { "NM-CANDLE-3PK", "NM-SCARF-SILK", "NM-TSHIRT-BLK-M", "NM-WALLET-BRN", "SC-BAG-001" }, inventory.Items.Select(i => i.ItemId));
        Assert.Contains("selected 5, exported 5, skipped 0, failed 0", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OrderImport_Summary_TellsNewOrdersFromOnesAlreadyInTheHost()
    {
        await using var db = await TempDatabase.CreateAsync();
        var existing = (await db.Orders.CreateOrderAsync(TempDatabase.Order("OLD-1"))).OrderId;
        var import = new FakeOrderImportPlugin { ChannelOrderIds = new[] { "OLD-1", "NEW-1", "NEW-2" } };
        var output = new StringWriter();

        var report = Assert.Single(await Runner(db, import, output).RunAllAsync(new[] { HostTasks.OrderImport }, 1));

        Assert.Equal(existing, report.LastOrderIdBefore);
        var text = output.ToString();
        Assert.Contains("imported 2 new order(s), 1 already in the host (acknowledged at DSCO again, not imported twice), skipped 0, failed 0", text, StringComparison.Ordinal);
        Assert.Contains($"new     NEW-1 (order {existing + 1}): NEW-1 imported as order {existing + 1}", text, StringComparison.Ordinal);
        Assert.Contains($"new     NEW-2 (order {existing + 2})", text, StringComparison.Ordinal);
        Assert.DoesNotContain("new     OLD-1", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ResolvePlugin_TwoOrderExportsWithOtherNames_PicksByTaskHint()
    {
        var tracking = new FakeOrderExportPlugin("Acme Tracking Upload");
        var invoice = new FakeOrderExportPlugin("Acme Invoice Upload");
        var catalog = PluginCatalog.FromPlugins(new ISellercloudPlugin[] { tracking, invoice });

        Assert.Same(tracking, TaskRunner.ResolvePlugin(catalog, HostTasks.TrackingExport));
        Assert.Same(invoice, TaskRunner.ResolvePlugin(catalog, HostTasks.InvoiceExport));
        Assert.Null(TaskRunner.ResolvePlugin(catalog, HostTasks.OrderImport));
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public System.Collections.Concurrent.ConcurrentQueue<string> Messages { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void Dispose()
        {
        }

        private sealed class Logger(CapturingLoggerProvider owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                owner.Messages.Enqueue(formatter(state, exception));
        }
    }

    private static string DscoToken => Dsco.Simulator.DemoCredentials.Token;

    private static int SampleAppExitCode(TaskReport report) => Dsco.Plugins.Sample.SampleApp.ExitCode(new[] { report });

    private static TaskRunner Runner(TempDatabase db, ISellercloudPlugin plugin, TextWriter output) =>
        new(db.Store, PluginCatalog.FromPlugins(new[] { plugin }), NullLoggerFactory.Instance, db.Time, output);

    private static async Task<int> ShippedOrderAsync(TempDatabase db, string channelOrderId)
    {
        var id = (await db.Orders.CreateOrderAsync(TempDatabase.Order(channelOrderId))).OrderId;
        await db.SqlAsync("UPDATE orders SET status = 3, payment_status = 30, shipping_status = 3 WHERE id = $id;", ("$id", id));
        return id;
    }
}
