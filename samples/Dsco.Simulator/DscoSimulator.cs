using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Dsco.Simulator.Endpoints;
using Dsco.Simulator.Internal;
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

/// <summary>Options of a simulator (in-process or standalone).</summary>
public sealed class SimulatorOptions
{
    /// <summary>Where to listen; port 0 picks a free loopback port.</summary>
    public string Url { get; set; } = "http://127.0.0.1:0";

    /// <summary>Seed the demo supplier's orders and catalog on start.</summary>
    public bool SeedDemoData { get; set; } = true;

    /// <summary>The simulator's clock (tokens, rate limits, paging expiry, async processing, event ids).</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Lifetime of OAuth access tokens (<c>expires_in</c>); DSCO's default is one hour. May be changed while running.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How long async work (acknowledge, small and large batches) stays <c>PROCESSING</c> before it is applied.
    /// Zero applies it before the 202 is returned. May be changed while running.
    /// </summary>
    public TimeSpan AsyncProcessingDelay { get; set; } = TimeSpan.Zero;

    /// <summary>How long a cached page (order page, change log) survives without being read; DSCO keeps them 5 minutes.</summary>
    public TimeSpan PageCacheLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Enforce the spec's per-operation rate limits (429 with Retry-After). On by default.</summary>
    public bool EnforceRateLimits { get; set; } = true;

    /// <summary>Largest accepted request body (413 above it); DSCO's limit is 5 MB.</summary>
    public long MaxRequestBodyBytes { get; set; } = 5L * 1024 * 1024;

    /// <summary>Fault knobs; also reachable as <see cref="DscoSimulator.Faults"/> and changeable while running.</summary>
    public SimulatorFaults Faults { get; set; } = new();
}

/// <summary>A running DSCO v3 simulator. Start it with <see cref="StartAsync"/>; dispose to stop.</summary>
public sealed class DscoSimulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SimulatorRuntime _runtime;

    private DscoSimulator(WebApplication app, SimulatorRuntime runtime, Uri baseUrl)
    {
        _app = app;
        _runtime = runtime;
        BaseUrl = baseUrl;
    }

    /// <summary>The API root, ending in <c>/api/v3</c> (e.g. <c>http://127.0.0.1:5123/api/v3</c>).</summary>
    public Uri BaseUrl { get; }

    /// <summary>The simulator's data: inspect orders, shipments, invoices, inventory, streams, logs; add fixtures.</summary>
    public SimulatorState State => _runtime.State;

    /// <summary>Fault knobs (latency, errors, forced 429s, dropped connections), changeable while running.</summary>
    public SimulatorFaults Faults => _runtime.Faults;

    /// <summary>The options it was started with (token lifetime and processing delay may be changed while running).</summary>
    public SimulatorOptions Options => _runtime.Options;

    /// <summary>Starts a simulator on loopback.</summary>
    public static async Task<DscoSimulator> StartAsync(SimulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new SimulatorOptions();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(options.Url);
        builder.Logging.ClearProviders();
        var app = Build(builder, options, out var runtime);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new DscoSimulator(app, runtime, new Uri(address.TrimEnd('/') + "/api/v3"));
    }

    /// <summary>Builds the app the same way for in-process and standalone use.</summary>
    internal static WebApplication Build(WebApplicationBuilder builder, SimulatorOptions options, out SimulatorRuntime runtime)
    {
        var sim = new SimulatorRuntime(options);
        runtime = sim;
        builder.Services.AddSingleton(sim);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = 2L * 1024 * 1024 * 1024);
        var app = builder.Build();
        app.UseRouting();
        app.Use((context, next) => Pipeline.InvokeAsync(context, _ => next(), sim));
        AuthEndpoints.Map(app);
        OrderEndpoints.Map(app);
        InvoiceEndpoints.Map(app);
        InventoryEndpoints.Map(app);
        StreamEndpoints.Map(app);
        SimulatorControlEndpoints.Map(app);
        app.MapFallback("/api/v3/{**path}", (HttpContext context) =>
            DscoHttp.NotFound(sim.Now, $"No such API: {context.Request.Method} {context.Request.Path}."));
        return app;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
