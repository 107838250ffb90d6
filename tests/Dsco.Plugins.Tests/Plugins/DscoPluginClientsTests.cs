using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Dsco.Plugins.Plugins;
using Dsco.Plugins.Settings;
using Dsco.Plugins.Tests.Api;
using Dsco.Plugins.Tests.OrderImport;
using Sellercloud.Plugins;

namespace Dsco.Plugins.Tests.Plugins;

public sealed class DscoPluginClientsTests : IDisposable
{
    private readonly ApiTestHarness _h = new();

    public void Dispose() => _h.Dispose();

    [Fact]
    public async Task Create_ClientLogsToTheRunsTaskLog_NotTheFactorysLoggers()
    {
        _h.Expect(HttpMethod.Get, ApiTestHarness.Base + "/hello", HttpStatusCode.OK, "{\"hello\":\"World!\"}");
        var taskLog = new CapturingLoggerProvider();
        var host = new FakeHost(new Journal());
        var context = new PluginRunContext(host.CompanyId, host, host, host) { Logger = taskLog.CreateLogger("task") };
        var settings = DscoSettings.Parse(new Dictionary<string, string>
        {
            [DscoSettingNames.Token] = ApiTestHarness.StaticToken,
            [DscoSettingNames.SupplierId] = "1000001",
        });
        var run = new DscoPluginRun(context, settings, new Uri(ApiTestHarness.Base), _h.Time, new PluginRunResultBuilder("test"), default);

        using var client = DscoPluginClients.Create(_h.Factory, run);
        Assert.Equal("World!", await client.HelloAsync());

        Assert.Contains("DSCO GET /hello -> 200 (attempt 1,", taskLog.All, StringComparison.Ordinal);
        Assert.DoesNotContain("/hello", _h.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain(ApiTestHarness.StaticToken, taskLog.All, StringComparison.Ordinal);
        Assert.Equal("bearer " + ApiTestHarness.StaticToken, Assert.Single(_h.Requests).Headers["Authorization"]);
    }
}
