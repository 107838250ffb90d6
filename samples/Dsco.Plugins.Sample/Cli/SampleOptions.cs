using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Dsco.Plugins.Sample.Tasks;

namespace Dsco.Plugins.Sample.Cli;

/// <summary>The command line of the sample host.</summary>
internal sealed record SampleOptions
{
    public static string DefaultDbPath => Path.Combine(Directory.GetCurrentDirectory(), ".dsco-sample", "sample.db");

    public IReadOnlyList<HostTaskDefinition> Tasks { get; init; } = HostTasks.All;

    public double? EveryMinutes { get; init; }

    public string DbPath { get; init; } = DefaultDbPath;

    public int CompanyId { get; init; } = 1;

    public Uri? DscoUrl { get; init; }

    public string? SettingsFile { get; init; }

    public string? ProductsFile { get; init; }

    public string? PluginsDirectory { get; init; }

    public bool ShowHelp { get; init; }

    public const string Usage = """
        Dsco.Plugins sample host: runs the DSCO plugins as a Sellercloud-style scheduled-task runner over SQLite.

        Usage: dotnet run --project samples/Dsco.Plugins.Sample -- [options]

          --task NAME        order-import | fulfilment | tracking-export | invoice-export | inventory-export | all
                             (default all: import, ship, tracking, invoice, inventory). Repeat or comma-separate.
          --every MINUTES    run again every MINUTES until Ctrl+C (default: once)
          --db FILE          SQLite database (default .dsco-sample/sample.db); created and seeded on first run
          --company ID       the company the tasks run for (default 1, the demo company)
          --dsco-url URL     DSCO API base URL (e.g. https://api.dsco.io/api/v3) instead of the embedded simulator;
                             written to the company setting DSCO_ApiBaseUrl
          --settings FILE    JSON object of Custom Company Settings to set, e.g. settings.stream.json; a
                             DSCO_ApiBaseUrl in it is used like --dsco-url
          --products FILE    CSV of products to add or update (header: ProductID, UPC, AvailableQty, OnOrderQty,
                             Warehouse:<id or name>, IsKit, KitComponents (SKU:qty;SKU:qty), Discontinued,
                             Replenishable, Cost, Name; any other column is a custom product column)
          --plugins DIR      folder of plugin assemblies (default: plugins next to the host)
          -h, --help         this text

        Exit code: 0 when every task ran (failed items included), 1 when a task failed, 2 for bad arguments or files.
        """;

    /// <summary>Parses <paramref name="args"/>; on error returns null and a message naming the option and value.</summary>
    public static (SampleOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new SampleOptions();
        var tasks = new List<HostTaskDefinition>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string? inlineValue = null;
            var eq = arg.IndexOf('=', StringComparison.Ordinal);
            if (arg.StartsWith("--", StringComparison.Ordinal) && eq > 2)
            {
                inlineValue = arg[(eq + 1)..];
                arg = arg[..eq];
            }

            if (arg is "-h" or "--help" or "-?")
            {
                return (options with { ShowHelp = true }, null);
            }

            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                return (null, $"unexpected argument '{arg}'; options start with --");
            }

            string? value = inlineValue;
            if (value is null)
            {
                if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    return (null, $"option {arg} needs a value");
                }

                value = args[++i];
            }

            switch (arg)
            {
                case "--task":
                    foreach (var name in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    {
                        if (name.Equals("all", StringComparison.OrdinalIgnoreCase))
                        {
                            tasks.AddRange(HostTasks.All);
                            continue;
                        }

                        var task = HostTasks.Find(name);
                        if (task is null)
                        {
                            return (null, $"--task '{name}' is not a task; expected one of {string.Join(", ", HostTasks.All.Select(t => t.Key))} or all");
                        }

                        tasks.Add(task);
                    }

                    break;
                case "--every":
                    if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var minutes) || minutes <= 0 || minutes > 7 * 24 * 60)
                    {
                        return (null, $"--every '{value}' is not a number of minutes; expected a number above 0 (e.g. 30)");
                    }

                    options = options with { EveryMinutes = minutes };
                    break;
                case "--db":
                    options = options with { DbPath = value };
                    break;
                case "--company":
                    if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var company) || company <= 0)
                    {
                        return (null, $"--company '{value}' is not a company id; expected a whole number above 0");
                    }

                    options = options with { CompanyId = company };
                    break;
                case "--dsco-url":
                    if (!TryParseUrl(value, out var url))
                    {
                        return (null, $"--dsco-url '{value}' is not an absolute http(s) URL; expected e.g. https://api.dsco.io/api/v3");
                    }

                    options = options with { DscoUrl = url };
                    break;
                case "--settings":
                    options = options with { SettingsFile = value };
                    break;
                case "--products":
                    options = options with { ProductsFile = value };
                    break;
                case "--plugins":
                    options = options with { PluginsDirectory = value };
                    break;
                default:
                    return (null, $"unknown option '{arg}'");
            }
        }

        if (tasks.Count > 0)
        {
            // Keep the schedule's order whatever order the tasks were given in, each once.
            options = options with { Tasks = HostTasks.All.Where(tasks.Contains).ToList() };
        }

        return (options, null);
    }

    internal static bool TryParseUrl(string value, out Uri url)
    {
        if (Uri.TryCreate(value.Trim(), UriKind.Absolute, out var parsed) && (parsed.Scheme == Uri.UriSchemeHttp || parsed.Scheme == Uri.UriSchemeHttps))
        {
            url = parsed;
            return true;
        }

        url = null!;
        return false;
    }
}
