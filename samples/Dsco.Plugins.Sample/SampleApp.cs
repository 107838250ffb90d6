using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Dsco.Plugins.Sample.Cli;
using Dsco.Plugins.Sample.Plugins;
using Dsco.Plugins.Sample.Store;
using Dsco.Plugins.Sample.Tasks;
using Dsco.Simulator;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dsco.Plugins.Sample;

/// <summary>What a caller (Program, or a test) can supply instead of the defaults.</summary>
internal sealed record SampleEnvironment
{
    public required TextWriter Output { get; init; }

    public required TextWriter Error { get; init; }

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    public ILoggerFactory LoggerFactory { get; init; } = NullLoggerFactory.Instance;

    /// <summary>Plugins to use instead of loading the plugins folder (tests).</summary>
    public PluginCatalog? Catalog { get; init; }
}

/// <summary>The sample host: prepares the database and the DSCO endpoint, then runs the tasks once or on a schedule.</summary>
internal static class SampleApp
{
    /// <summary>
    /// The company setting that points the plugins at a DSCO endpoint. It is this project's setting, not one
    /// of the product spec's; without it the plugins use DSCO's production URL.
    /// </summary>
    public const string ApiBaseUrlSetting = "DSCO_ApiBaseUrl";

    /// <summary>Settings the order import populates in Stream mode.</summary>
    private static readonly string[] StreamSettings = { "DSCO_StreamID", "DSCO_StreamPosition" };

    public const int ExitOk = 0;
    public const int ExitTaskFailed = 1;
    public const int ExitBadInput = 2;
    public const int ExitCancelled = 130;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, SampleEnvironment environment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var (options, error) = SampleOptions.Parse(args);
        if (options is null)
        {
            await environment.Error.WriteLineAsync($"error: {error}. Run with --help for the options.");
            return ExitBadInput;
        }

        if (options.ShowHelp)
        {
            await environment.Output.WriteLineAsync(SampleOptions.Usage);
            return ExitOk;
        }

        try
        {
            return await RunAsync(options, environment, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await environment.Output.WriteLineAsync("Stopped.");
            return ExitCancelled;
        }
        catch (SqliteException ex)
        {
            await environment.Error.WriteLineAsync($"error: database '{options.DbPath}': {ex.Message}");
            return ExitBadInput;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await environment.Error.WriteLineAsync($"error: {ex.Message}");
            return ExitBadInput;
        }
    }

    public static async Task<int> RunAsync(SampleOptions options, SampleEnvironment environment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        var output = environment.Output;
        var log = environment.LoggerFactory.CreateLogger("Dsco.Plugins.Sample");

        var (store, seeded) = await SqliteStore.OpenAsync(options.DbPath, environment.TimeProvider, cancellationToken);
        await output.WriteLineAsync(seeded
            ? $"Created the demo database {store.Path} (company {DemoData.CompanyId} \"{DemoData.CompanyName}\", 2 warehouses, 7 products)."
            : $"Database: {store.Path}");
        if (!await store.CompanyExistsAsync(options.CompanyId, cancellationToken))
        {
            await environment.Error.WriteLineAsync($"error: --company {options.CompanyId} does not exist in {store.Path}; the demo company is {DemoData.CompanyId}.");
            return ExitBadInput;
        }

        var settings = new SqliteCompanySettings(store);
        Uri? configuredUrl = options.DscoUrl;
        if (options.SettingsFile is not null)
        {
            IReadOnlyList<KeyValuePair<string, string>> fromFile;
            try
            {
                fromFile = await SettingsFile.ReadAsync(options.SettingsFile, cancellationToken);
            }
            catch (SettingsFileException ex)
            {
                await environment.Error.WriteLineAsync($"error: {ex.Message}");
                return ExitBadInput;
            }

            var urlSetting = fromFile.FirstOrDefault(s => s.Key.Equals(ApiBaseUrlSetting, StringComparison.OrdinalIgnoreCase));
            if (configuredUrl is null && urlSetting.Key is not null)
            {
                if (!SampleOptions.TryParseUrl(urlSetting.Value, out var fileUrl))
                {
                    await environment.Error.WriteLineAsync($"error: settings file '{options.SettingsFile}': {ApiBaseUrlSetting} '{urlSetting.Value}' is not an absolute http(s) URL.");
                    return ExitBadInput;
                }

                configuredUrl = fileUrl;
            }

            var before = await settings.GetAllAsync(options.CompanyId, cancellationToken);
            foreach (var (name, value) in fromFile)
            {
                await settings.SetAsync(options.CompanyId, name, value, cancellationToken);
            }

            // Names only: values may be credentials. Names the company did not have are listed apart, so a
            // misspelt setting (which the plugins would never read) stands out.
            var names = string.Join(", ", fromFile.Select(s => s.Key));
            var added = fromFile.Select(s => s.Key)
                .Where(n => !before.Keys.Contains(n, StringComparer.OrdinalIgnoreCase) && !string.Equals(n, ApiBaseUrlSetting, StringComparison.OrdinalIgnoreCase))
                .ToList();
            var addedNote = added.Count == 0 ? string.Empty : $" (new to company {options.CompanyId}, check the spelling: {string.Join(", ", added)})";
            await output.WriteLineAsync($"Settings file {options.SettingsFile}: set {fromFile.Count} setting(s): {names}{addedNote}");
        }

        if (options.ProductsFile is not null)
        {
            CsvImportReport report;
            try
            {
                report = await new ProductCsvImporter(store).ImportFileAsync(options.ProductsFile, options.CompanyId, cancellationToken);
            }
            catch (InvalidOperationException ex)
            {
                await environment.Error.WriteLineAsync($"error: {ex.Message}");
                return ExitBadInput;
            }

            if (report.FileRejected)
            {
                // No row can be read without a good header: a bad file, like a bad settings file, stops the run.
                await environment.Error.WriteLineAsync($"error: products file '{options.ProductsFile}': nothing loaded, the header is wrong:");
                foreach (var problem in report.Errors)
                {
                    await environment.Error.WriteLineAsync($"   {options.ProductsFile} {problem}");
                }

                return ExitBadInput;
            }

            // A row with any problem is left out whole, so say how many rows that was, not only how many problems.
            var leftOut = report.Errors.Select(e => e.Line).Distinct().Count();
            await output.WriteLineAsync(report.Errors.Count == 0
                ? $"Products file {options.ProductsFile}: loaded {report.Loaded} row(s), 0 problem(s)."
                : $"Products file {options.ProductsFile}: loaded {report.Loaded} row(s), {report.Errors.Count} problem(s); {leftOut} row(s) left out whole (fix and load them again):");
            foreach (var problem in report.Errors)
            {
                await output.WriteLineAsync($"   {options.ProductsFile} {problem}");
            }
        }

        var catalog = environment.Catalog ?? PluginLoader.LoadDirectory(options.PluginsDirectory ?? PluginLoader.DefaultDirectory);
        await output.WriteLineAsync(catalog.Plugins.Count == 0
            ? "Plugins: none found."
            : $"Plugins: {string.Join(", ", catalog.Plugins.Keys.OrderBy(k => k, StringComparer.Ordinal))}");
        foreach (var problem in catalog.Problems)
        {
            log.LogWarning("Plugin loading: {Problem}", problem);
        }

        DscoSimulator? simulator = null;
        try
        {
            Uri dscoUrl;
            if (configuredUrl is not null)
            {
                dscoUrl = configuredUrl;
                var shown = string.IsNullOrEmpty(dscoUrl.UserInfo) ? dscoUrl.ToString() : dscoUrl.ToString().Replace(dscoUrl.UserInfo + "@", "***@", StringComparison.Ordinal);
                await output.WriteLineAsync($"DSCO endpoint: {shown}");
            }
            else
            {
                simulator = await DscoSimulator.StartAsync(new SimulatorOptions { SeedDemoData = true, TimeProvider = environment.TimeProvider }, cancellationToken);
                dscoUrl = simulator.BaseUrl;
                await output.WriteLineAsync($"DSCO endpoint: embedded simulator at {dscoUrl} (demo supplier {DemoCredentials.SupplierId})");
                if (!seeded)
                {
                    await output.WriteLineAsync("The embedded simulator starts from its demo orders on every run; those already in this database are recognised and not imported again.");
                }

                await ForgetStreamOfAnEarlierSimulatorAsync(settings, options.CompanyId, output, cancellationToken);
            }

            await settings.SetAsync(options.CompanyId, ApiBaseUrlSetting, dscoUrl.ToString().TrimEnd('/'), cancellationToken);

            var runner = new TaskRunner(store, catalog, environment.LoggerFactory, environment.TimeProvider, output);
            while (true)
            {
                var started = environment.TimeProvider.GetUtcNow();
                await output.WriteLineAsync($"--- Cycle at {started:u} for company {options.CompanyId}: {string.Join(", ", options.Tasks.Select(t => t.Key))}");
                var reports = await runner.RunAllAsync(options.Tasks, options.CompanyId, cancellationToken);
                var exitCode = ExitCode(reports);
                var failed = reports.Where(r => r.Outcome == TaskOutcome.Failed).Select(r => r.Task.Key).ToList();
                await output.WriteLineAsync(failed.Count == 0 ? "--- Every task ran." : $"--- Failed task(s): {string.Join(", ", failed)}");

                if (options.EveryMinutes is not double minutes)
                {
                    return exitCode;
                }

                // The timer starts before the line is printed, so whoever reads the line sees a schedule already set.
                var next = Task.Delay(TimeSpan.FromMinutes(minutes), environment.TimeProvider, cancellationToken);
                await output.WriteLineAsync($"Next run in {minutes} minute(s); Ctrl+C to stop.");
                try
                {
                    await next;
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    await output.WriteLineAsync("Stopped.");
                    return exitCode;
                }
            }
        }
        finally
        {
            if (simulator is not null)
            {
                await simulator.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// A new embedded simulator knows no streams, so a stream id (and its position) a plugin saved during an
    /// earlier run points at nothing. Clearing them lets the import create a fresh stream; orders imported
    /// before are recognised by channel order id and not created again.
    /// </summary>
    private static async Task ForgetStreamOfAnEarlierSimulatorAsync(SqliteCompanySettings settings, int companyId, TextWriter output, CancellationToken cancellationToken)
    {
        var cleared = new List<string>();
        foreach (var name in StreamSettings)
        {
            if (!string.IsNullOrWhiteSpace(await settings.GetAsync(companyId, name, cancellationToken)))
            {
                await settings.SetAsync(companyId, name, string.Empty, cancellationToken);
                cleared.Add(name);
            }
        }

        if (cleared.Count > 0)
        {
            await output.WriteLineAsync($"The embedded simulator starts without streams: cleared {string.Join(" and ", cleared)} left by an earlier run.");
        }
    }

    /// <summary>0 when every task ran (item failures included), 1 when any task failed.</summary>
    public static int ExitCode(IReadOnlyList<TaskReport> reports) =>
        reports.Any(r => r.Outcome == TaskOutcome.Failed) ? ExitTaskFailed : ExitOk;
}
