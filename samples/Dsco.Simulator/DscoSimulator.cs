using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dsco.Simulator;

/// <summary>Credentials the simulator accepts out of the box; the sample host uses them by default.</summary>
public static class DemoCredentials
{
    /// <summary>The demo supplier's DSCO account id.</summary>
    public const string SupplierId = "1000001";

    /// <summary>Legacy static API token (DscoAuth).</summary>
    public const string Token = "demo-dsco-token";

    /// <summary>OAuth client id (DscoOauth).</summary>
    public const string ClientId = "demo-client-id";

    /// <summary>OAuth client secret (DscoOauth).</summary>
    public const string ClientSecret = "demo-client-secret";
}

/// <summary>Options of an in-process simulator.</summary>
public sealed class SimulatorOptions
{
    /// <summary>Where to listen; port 0 picks a free loopback port.</summary>
    public string Url { get; set; } = "http://127.0.0.1:0";

    /// <summary>Seed the demo supplier's orders and catalog on start.</summary>
    public bool SeedDemoData { get; set; } = true;

    /// <summary>The simulator's clock (tokens, rate limits, paging expiry).</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}

/// <summary>A running DSCO v3 simulator. Start it with <see cref="StartAsync"/>; dispose to stop.</summary>
public sealed class DscoSimulator : IAsyncDisposable
{
    private readonly WebApplication _app;

    private DscoSimulator(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>The API root, ending in <c>/api/v3</c> (e.g. <c>http://127.0.0.1:5123/api/v3</c>).</summary>
    public Uri BaseUrl { get; }

    /// <summary>Starts a simulator on loopback.</summary>
    public static async Task<DscoSimulator> StartAsync(SimulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new SimulatorOptions();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(options.Url);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        Map(app);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new DscoSimulator(app, new Uri(address.TrimEnd('/') + "/api/v3"));
    }

    internal static void Map(WebApplication app)
    {
        app.MapGet("/api/v3/hello", () => Results.Json(new { hello = "World!" }));
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
