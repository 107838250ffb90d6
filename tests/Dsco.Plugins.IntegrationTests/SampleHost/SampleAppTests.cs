using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Dsco.Plugins.Sample;
using Dsco.Plugins.Sample.Cli;
using Dsco.Plugins.Sample.Plugins;
using Dsco.Plugins.Sample.Store;
using Dsco.Plugins.Sample.Tasks;
using Dsco.Simulator;
using Microsoft.Extensions.Time.Testing;
using Sellercloud.Plugins;

namespace Dsco.Plugins.IntegrationTests.SampleHost;

public sealed class SampleAppTests
{
    /// <summary>
    /// The seller's demo: the embedded simulator, the plugins the Dsco.Plugins assembly provides (whatever they
    /// are today), the whole cycle twice. Every task must run or be reported as not available; the second run
    /// creates no order twice.
    /// </summary>
    [Fact]
    public async Task FullCycle_WithTheRealPluginAssembly_RunsEveryTaskAndIsSafeToRepeat()
    {
        var directory = TempDatabase.NewDirectory();
        try
        {
            var db = Path.Combine(directory, "sample.db");
            var catalog = PluginCatalog.FromAssemblies(new[] { Assembly.Load(new AssemblyName("Dsco.Plugins")) });
            var first = new StringWriter();
            var environment = new SampleEnvironment { Output = first, Error = first, Catalog = catalog };

            var rc = await SampleApp.RunAsync(new[] { "--db", db }, environment);

            var text = first.ToString();
            Assert.True(rc == 0, text);
            Assert.Contains("embedded simulator at http://127.0.0.1:", text, StringComparison.Ordinal);
            Assert.Contains("--- Every task ran.", text, StringComparison.Ordinal);
            foreach (var task in HostTasks.All.Where(t => t.Kind != HostTaskKind.Fulfilment))
            {
                if (TaskRunner.ResolvePlugin(catalog, task) is null)
                {
                    Assert.Contains($"{task.Key}: not available in this plugin assembly", text, StringComparison.Ordinal);
                }
            }

            Assert.DoesNotContain(DemoCredentials.Token, text, StringComparison.Ordinal);
            var (store, seeded) = await SqliteStore.OpenAsync(db, TimeProvider.System);
            Assert.False(seeded);
            var url = await new SqliteCompanySettings(store).GetAsync(1, SampleApp.ApiBaseUrlSetting);
            Assert.Matches("^http://127\\.0\\.0\\.1:[0-9]+/api/v3$", url);
            var ordersAfterFirst = await CountAsync(store, "SELECT COUNT(*) FROM orders WHERE split_parent_order_id IS NULL;");
            await AssertWhatThePluginsDidAsync(store, catalog);

            var second = new StringWriter();
            rc = await SampleApp.RunAsync(new[] { "--db", db }, environment with { Output = second, Error = second });

            Assert.True(rc == 0, second.ToString());
            if (TaskRunner.ResolvePlugin(catalog, HostTasks.OrderImport) is not null)
            {
                // A fresh embedded simulator lists the demo orders as new again: the summary must not call them imported.
                Assert.Contains("imported 5 new order(s), skipped 0, failed 1", text, StringComparison.Ordinal);
                Assert.Contains("imported 0 new order(s), 4 already in the host", second.ToString(), StringComparison.Ordinal);
                Assert.DoesNotContain("   new     ", second.ToString(), StringComparison.Ordinal);
            }

            Assert.Equal(ordersAfterFirst, await CountAsync(store, "SELECT COUNT(*) FROM orders WHERE split_parent_order_id IS NULL;"));
            Assert.Equal(0, await CountAsync(store, "SELECT COUNT(*) FROM (SELECT company_id, channel_order_id FROM orders WHERE split_parent_order_id IS NULL GROUP BY 1, 2 HAVING COUNT(*) > 1);"));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>
    /// The order stream through the host against a standalone simulator (state kept between runs): acknowledging
    /// puts an update_status_lifecycle event per order into the stream; the next run reads those events and
    /// imports nothing new.
    /// </summary>
    [Fact]
    public async Task StreamMode_AgainstAStandaloneSimulator_AcknowledgementEventsAreReadButNotImportedAgain()
    {
        var directory = TempDatabase.NewDirectory();
        await using var dsco = await DscoSimulator.StartAsync(new SimulatorOptions { SeedDemoData = true });
        try
        {
            var db = Path.Combine(directory, "sample.db");
            var settings = Path.Combine(directory, "stream.json");
            await File.WriteAllTextAsync(settings, $$"""{ "DSCO_ClientID": "{{DemoCredentials.ClientId}}", "DSCO_ClientSecret": "{{DemoCredentials.ClientSecret}}" }""");
            var catalog = PluginCatalog.FromAssemblies(new[] { Assembly.Load(new AssemblyName("Dsco.Plugins")) });
            Assert.NotNull(TaskRunner.ResolvePlugin(catalog, HostTasks.OrderImport));

            string[] args = ["--db", db, "--settings", settings, "--task", "order-import", "--dsco-url", dsco.BaseUrl.ToString()];
            var first = new StringWriter();
            Assert.Equal(0, await SampleApp.RunAsync(args, new SampleEnvironment { Output = first, Error = first, Catalog = catalog }));

            Assert.Contains("imported 5 new order(s), skipped 0, failed 1", first.ToString(), StringComparison.Ordinal);
            var stream = Assert.Single(dsco.State.Streams());
            var (store, _) = await SqliteStore.OpenAsync(db, TimeProvider.System);
            Assert.Equal(stream.Id, await new SqliteCompanySettings(store).GetAsync(1, "DSCO_StreamID"));
            // Six create events, then one status event for each of the four orders the plugin acknowledged.
            Assert.Equal(6 + 4, stream.Partitions.Sum(p => p.EventCount));
            var ordersAfterFirst = await CountAsync(store, "SELECT COUNT(*) FROM orders;");

            var second = new StringWriter();
            Assert.Equal(0, await SampleApp.RunAsync(args, new SampleEnvironment { Output = second, Error = second, Catalog = catalog }));

            Assert.Contains("imported 0 new order(s), skipped 0, failed 1", second.ToString(), StringComparison.Ordinal);
            Assert.Equal(ordersAfterFirst, await CountAsync(store, "SELECT COUNT(*) FROM orders;"));
            var position = await new SqliteCompanySettings(store).GetAsync(1, "DSCO_StreamPosition");
            Assert.All(Assert.Single(dsco.State.Streams()).Partitions.Where(p => p.EventCount > 0), p => Assert.Contains(p.MaxPosition, position, StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task SettingsFile_OverridesTheCompanySettings_AndItsUrlReplacesTheSimulator()
    {
        var directory = TempDatabase.NewDirectory();
        try
        {
            var settings = Path.Combine(directory, "settings.json");
            await File.WriteAllTextAsync(settings, """{ "DSCO_ClientID": "my-id", "dsco_token": "my-token", "DSCO_ApiBaseUrl": "http://127.0.0.1:9/api/v3" }""");
            var output = new StringWriter();

            var rc = await SampleApp.RunAsync(
                new[] { "--db", Path.Combine(directory, "s.db"), "--settings", settings, "--task", "fulfilment" },
                new SampleEnvironment { Output = output, Error = output, Catalog = PluginCatalog.Empty });

            Assert.Equal(0, rc);
            Assert.DoesNotContain("my-token", output.ToString(), StringComparison.Ordinal);
            // dsco_token is the seeded DSCO_Token in other case; DSCO_ClientID is new, which a typo would be too.
            Assert.Contains("(new to company 1, check the spelling: DSCO_ClientID)", output.ToString(), StringComparison.Ordinal);
            Assert.Contains("DSCO endpoint: http://127.0.0.1:9/api/v3", output.ToString(), StringComparison.Ordinal);
            var (store, _) = await SqliteStore.OpenAsync(Path.Combine(directory, "s.db"), TimeProvider.System);
            var all = await new SqliteCompanySettings(store).GetAllAsync(1);
            Assert.Equal("my-id", all["DSCO_ClientID"]);
            Assert.Equal("my-token", all["DSCO_Token"]);
            Assert.Equal(DemoCredentials.SupplierId, all["DSCO_SupplierId"]);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Theory]
    [InlineData(false, "")]
    [InlineData(true, "stream-from-before")]
    public async Task StreamIdOfAnEarlierRun_IsClearedOnlyForANewEmbeddedSimulator(bool explicitUrl, string expected)
    {
        var directory = TempDatabase.NewDirectory();
        try
        {
            var path = Path.Combine(directory, "s.db");
            var (store, _) = await SqliteStore.OpenAsync(path, TimeProvider.System);
            await new SqliteCompanySettings(store).SetAsync(1, "DSCO_StreamID", "stream-from-before");
            await new SqliteCompanySettings(store).SetAsync(1, "DSCO_StreamPosition", "z/2026/12/01/00/00/000");
            var args = explicitUrl ? new[] { "--db", path, "--task", "fulfilment", "--dsco-url", "http://127.0.0.1:9/api/v3" } : new[] { "--db", path, "--task", "fulfilment" };
            var output = new StringWriter();

            Assert.Equal(0, await SampleApp.RunAsync(args, new SampleEnvironment { Output = output, Error = output, Catalog = PluginCatalog.Empty }));

            Assert.Equal(expected, await new SqliteCompanySettings(store).GetAsync(1, "DSCO_StreamID"));
            Assert.Equal(explicitUrl, (await new SqliteCompanySettings(store).GetAsync(1, "DSCO_StreamPosition"))!.Length > 0);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task BadSettingsFile_StopsWithExitCode2NamingTheFile()
    {
        var directory = TempDatabase.NewDirectory();
        try
        {
            var settings = Path.Combine(directory, "bad.json");
            await File.WriteAllTextAsync(settings, """{ "DSCO_NetTermDays": 30 }""");
            var output = new StringWriter();
            var error = new StringWriter();

            var rc = await SampleApp.RunAsync(new[] { "--db", Path.Combine(directory, "s.db"), "--settings", settings }, new SampleEnvironment { Output = output, Error = error, Catalog = PluginCatalog.Empty });

            Assert.Equal(2, rc);
            Assert.Contains($"'{settings}'", error.ToString(), StringComparison.Ordinal);
            Assert.Contains("DSCO_NetTermDays", error.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("--- Cycle", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task ProductsFile_BadRowIsPrintedWithLineAndColumn_AndTheRunGoesOn()
    {
        var directory = TempDatabase.NewDirectory();
        try
        {
            var csv = Path.Combine(directory, "p.csv");
            await File.WriteAllTextAsync(csv, "ProductID,AvailableQty\nGOOD-1,4\nBAD-1,four\n");
            var output = new StringWriter();

            var rc = await SampleApp.RunAsync(
                new[] { "--db", Path.Combine(directory, "s.db"), "--products", csv, "--task", "fulfilment", "--dsco-url", "http://127.0.0.1:9/api/v3" },
                new SampleEnvironment { Output = output, Error = output, Catalog = PluginCatalog.Empty });

            Assert.Equal(0, rc);
            Assert.Contains("loaded 1 row(s), 1 problem(s); 1 row(s) left out whole", output.ToString(), StringComparison.Ordinal);
            Assert.Contains("line 3, column AvailableQty: 'four' is not a whole number", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task ProductsFile_BadHeader_StopsWithExitCode2NamingTheColumn()
    {
        var directory = TempDatabase.NewDirectory();
        try
        {
            var csv = Path.Combine(directory, "p.csv");
            await File.WriteAllTextAsync(csv, "ProductID,ProductID\nA,B\n");
            var output = new StringWriter();
            var error = new StringWriter();

            var rc = await SampleApp.RunAsync(
                new[] { "--db", Path.Combine(directory, "s.db"), "--products", csv, "--task", "fulfilment", "--dsco-url", "http://127.0.0.1:9/api/v3" },
                new SampleEnvironment { Output = output, Error = error, Catalog = PluginCatalog.Empty });

            Assert.Equal(2, rc);
            Assert.Contains($"products file '{csv}': nothing loaded, the header is wrong", error.ToString(), StringComparison.Ordinal);
            Assert.Contains("line 1, column ProductID: the column appears twice in the header", error.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("--- Cycle", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task Every_RunsAgainWhenTheClockAdvances_UntilCancelled()
    {
        var directory = TempDatabase.NewDirectory();
        try
        {
            var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero));
            var output = new SynchronizedWriter();
            using var cts = new System.Threading.CancellationTokenSource();
            var run = SampleApp.RunAsync(
                new[] { "--db", Path.Combine(directory, "s.db"), "--task", "fulfilment", "--every", "30", "--dsco-url", "http://127.0.0.1:9/api/v3" },
                new SampleEnvironment { Output = output, Error = output, Catalog = PluginCatalog.Empty, TimeProvider = time },
                cts.Token);

            await output.WaitForAsync("Next run in 30 minute(s)", 1);
            time.Advance(TimeSpan.FromMinutes(29));
            Assert.Equal(1, output.Count("--- Cycle"));
            time.Advance(TimeSpan.FromMinutes(1));
            await output.WaitForAsync("Next run in 30 minute(s)", 2);
            Assert.Contains("--- Cycle at 2026-12-04 09:30:00Z", output.ToString(), StringComparison.Ordinal);
            await cts.CancelAsync();

            Assert.Equal(0, await run);
            Assert.Contains("Stopped.", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Theory]
    [InlineData(new[] { "--task", "nope" }, "--task 'nope' is not a task")]
    [InlineData(new[] { "--every", "0" }, "--every '0' is not a number of minutes")]
    [InlineData(new[] { "--company", "x" }, "--company 'x' is not a company id")]
    [InlineData(new[] { "--dsco-url", "ftp://x" }, "--dsco-url 'ftp://x' is not an absolute http(s) URL")]
    [InlineData(new[] { "--db" }, "option --db needs a value")]
    [InlineData(new[] { "--frobnicate", "1" }, "unknown option '--frobnicate'")]
    public void Parse_BadArguments_NameTheOptionAndValue(string[] args, string expected)
    {
        var (options, error) = SampleOptions.Parse(args);

        Assert.Null(options);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Tasks_KeepScheduleOrderAndDefaultToAll()
    {
        Assert.Equal(HostTasks.All, SampleOptions.Parse(Array.Empty<string>()).Options!.Tasks);
        var options = SampleOptions.Parse(new[] { "--task", "inventory-export,order-import", "--company=3", "--every", "0.5" }).Options!;
        Assert.Equal(new[] { "order-import", "inventory-export" }, options.Tasks.Select(t => t.Key));
        Assert.Equal((3, 0.5), (options.CompanyId, options.EveryMinutes!.Value));
        Assert.EndsWith(Path.Combine(".dsco-sample", "sample.db"), options.DbPath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_PrintsUsageAndExitsZero()
    {
        var output = new StringWriter();

        var rc = await SampleApp.RunAsync(new[] { "--help" }, new SampleEnvironment { Output = output, Error = output });

        Assert.Equal(0, rc);
        Assert.Contains("--dsco-url", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("DSCO_ApiBaseUrl", output.ToString(), StringComparison.Ordinal);
    }

    /// <summary>
    /// For each plugin the assembly provides, the state the demo cycle must leave: the demo orders imported
    /// (never the unmatched 5000005) and shipped, every shipped order tracked, every tracked parent invoiced.
    /// </summary>
    private static async Task AssertWhatThePluginsDidAsync(SqliteStore store, PluginCatalog catalog)
    {
        if (TaskRunner.ResolvePlugin(catalog, HostTasks.OrderImport) is not null)
        {
            var orders = new SqliteOrderService(store, TimeProvider.System);
            foreach (var channelOrderId in new[] { "5000002", "5000003", "5000004" })
            {
                var order = Assert.Single(await orders.GetOrdersAsync(await orders.FindOrderIdsByChannelOrderIdAsync(1, channelOrderId)));
                Assert.Equal(ShippingStatus.FullyShipped, order.ShippingStatus);
                Assert.NotEmpty(order.Packages);
            }

            Assert.Empty(await orders.FindOrderIdsByChannelOrderIdAsync(1, "5000005"));
            var split = await orders.GetOrdersAsync(await orders.FindOrderIdsByChannelOrderIdAsync(1, "5000001"));
            Assert.Equal(2, split.Count);
            Assert.Single(split, o => o.SplitParentOrderId is not null);
        }

        if (TaskRunner.ResolvePlugin(catalog, HostTasks.TrackingExport) is not null)
        {
            Assert.Equal(0, await CountAsync(store, "SELECT COUNT(*) FROM orders WHERE shipping_status = 3 AND tracking_uploaded = 0;"));
        }

        if (TaskRunner.ResolvePlugin(catalog, HostTasks.InvoiceExport) is not null && TaskRunner.ResolvePlugin(catalog, HostTasks.TrackingExport) is not null)
        {
            Assert.Equal(0, await CountAsync(store, "SELECT COUNT(*) FROM orders WHERE split_parent_order_id IS NULL AND shipping_status = 3 AND (invoice_uploaded = 0 OR exported = 0);"));
        }
    }

    private static async Task<long> CountAsync(SqliteStore store, string sql)
    {
        await using var connection = await store.OpenConnectionAsync();
        return (await connection.ScalarInt64Async(null, sql, default)) ?? 0;
    }

    /// <summary>A writer tests can wait on; lines arrive from the app's task.</summary>
    private sealed class SynchronizedWriter : StringWriter
    {
        private readonly object _gate = new();

        public override void Write(char value)
        {
            lock (_gate)
            {
                base.Write(value);
            }
        }

        public override void Write(string? value)
        {
            lock (_gate)
            {
                base.Write(value);
            }
        }

        public override Task WriteLineAsync(string? value)
        {
            WriteLine(value);
            return Task.CompletedTask;
        }

        public override string ToString()
        {
            lock (_gate)
            {
                return base.ToString();
            }
        }

        public int Count(string text) => ToString().Split(text).Length - 1;

        public async Task WaitForAsync(string text, int occurrences)
        {
            // Waits on the app's progress, not on time: the app's own clock is fake and only the test moves it.
            for (var i = 0; i < 2000 && Count(text) < occurrences; i++)
            {
                await Task.Delay(10);
            }

            Assert.True(Count(text) >= occurrences, ToString());
        }
    }
}
