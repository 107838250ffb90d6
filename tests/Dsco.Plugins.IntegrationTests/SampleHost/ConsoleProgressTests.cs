using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Dsco.Plugins.Sample.Tasks;
using Microsoft.Extensions.Time.Testing;
using Sellercloud.Plugins;

namespace Dsco.Plugins.IntegrationTests.SampleHost;

public sealed class ConsoleProgressTests
{
    [Fact]
    public void Report_PrintsAtMostOnceASecondPlusTheLast_AndRedactsSecrets()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero));
        var output = new StringWriter();
        var redactor = new SecretRedactor(new Dictionary<string, string> { ["DSCO_Token"] = "secret-token-value" });
        var progress = new ConsoleProgress(output, "inventory-export", time, redactor);

        progress.Report(new PluginProgress(1, 4, "sending secret-token-value"));
        progress.Report(new PluginProgress(2, 4, "batch 2"));
        time.Advance(TimeSpan.FromSeconds(1));
        progress.Report(new PluginProgress(3, 4, "batch 3"));
        progress.Report(new PluginProgress(4, 4, null));

        Assert.Equal(
            new[] { "  [inventory-export] 1/4 handled (sending ***)", "  [inventory-export] 3/4 handled (batch 3)", "  [inventory-export] 4/4 handled" },
            output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).ToArray());
    }

    [Fact]
    public void Report_UnknownTotal_ShowsTheCountSoFar()
    {
        var output = new StringWriter();
        var progress = new ConsoleProgress(output, "order-import", new FakeTimeProvider(), new SecretRedactor(new Dictionary<string, string>()));

        progress.Report(new PluginProgress(1, null, "DSCO order 5000001"));

        Assert.Equal("  [order-import] 1 handled (DSCO order 5000001)" + Environment.NewLine, output.ToString());
    }
}
