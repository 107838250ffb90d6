using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Dsco.Plugins.Hosting;
using Dsco.Plugins.OrderImport;
using Dsco.Plugins.Plugins;
using Dsco.Plugins.Tests.OrderImport;
using Microsoft.Extensions.DependencyInjection;
using Sellercloud.Plugins;

namespace Dsco.Plugins.Tests.Plugins;

/// <summary>
/// A host that creates plugins by reflection (public parameterless constructor) gets the same wiring as a DI host:
/// one process-wide <see cref="DscoApiClientFactory"/>, so one token cache and one set of rate limiters per account
/// however many plugin instances it creates.
/// </summary>
public sealed class ReflectionCreatedPluginsTests
{
    [Fact]
    public async Task TwoReflectionCreatedPlugins_ShareOneFactory_SoTheSecondRunReusesTheFirstRunsToken()
    {
        await using var dsco = await LoopbackDsco.StartAsync();
        // A client id of its own: the process-wide factory is shared with every other test in this process.
        var clientId = "reflection-" + Guid.NewGuid().ToString("N");
        // As a host does it: the type by name from the assembly, then its public parameterless constructor.
        var type = typeof(DscoOrderImportPlugin).Assembly.GetType("Dsco.Plugins.OrderImport.DscoOrderImportPlugin", throwOnError: true)!;
        var first = (IOrderImportPlugin)Activator.CreateInstance(type)!;
        var second = (IOrderImportPlugin)Activator.CreateInstance(type)!;
        Assert.NotSame(first, second);

        var firstResult = await first.ImportOrdersAsync(Context(dsco, clientId));
        var secondResult = await second.ImportOrdersAsync(Context(dsco, clientId));

        // Had each instance its own factory (own account state), the second run would have asked for a token again.
        Assert.Equal(1, dsco.TokenRequests);
        var streamCalls = dsco.Calls.Where(c => c.Path.StartsWith("/api/v3/stream", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, streamCalls.Count);
        Assert.All(streamCalls, c => Assert.Equal("bearer tok-1", c.Authorization));
        // The loopback DSCO refuses the stream lookup; both runs report it instead of throwing.
        Assert.Contains("400", firstResult.RunError, StringComparison.Ordinal);
        Assert.Contains("400", secondResult.RunError, StringComparison.Ordinal);
    }

    [Fact]
    public void DscoDefaults_IsBuiltByAddDscoPlugins_SoReflectionAndDiAgree()
    {
        var fromDefaults = DscoDefaults.Services.GetRequiredService<IOrderImportPlugin>();

        Assert.IsType<DscoOrderImportPlugin>(fromDefaults);
        Assert.Same(fromDefaults, DscoDefaults.Services.GetRequiredService<DscoOrderImportPlugin>());
        Assert.Equal(DscoPluginNames.OrderImport, Assert.Single(DscoDefaults.Services.GetServices<ISellercloudPlugin>()).DisplayName);
        Assert.Same(DscoDefaults.ClientFactory, DscoDefaults.Services.GetRequiredService<DscoApiClientFactory>());
        Assert.Same(TimeProvider.System, DscoDefaults.Services.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void AddDscoPlugins_CalledTwice_RegistersEachPluginOnce()
    {
        using var provider = new ServiceCollection().AddDscoPlugins().AddDscoPlugins().BuildServiceProvider();

        Assert.Single(provider.GetServices<ISellercloudPlugin>());
        Assert.Single(provider.GetServices<IOrderImportPlugin>());
        Assert.Single(provider.GetServices<DscoApiClientFactory>());
    }

    private static PluginRunContext Context(LoopbackDsco dsco, string clientId)
    {
        var host = new FakeHost(new Journal());
        host.Settings["DSCO_ClientID"] = clientId;
        host.Settings["DSCO_ClientSecret"] = "reflection-secret-value";
        host.Settings["DSCO_StreamID"] = "stream-1";
        host.Settings[DscoPluginSettingNames.ApiBaseUrl] = dsco.BaseUrl;
        return host.Context(TimeProvider.System);
    }

    /// <summary>
    /// A real HTTP endpoint on 127.0.0.1, because reflection-created plugins use real pooled sockets: it issues
    /// tokens and refuses every other call with a DSCO error body (400 is never retried, so no real waiting).
    /// </summary>
    private sealed class LoopbackDsco : IAsyncDisposable
    {
        private readonly HttpListener _listener;
        private readonly Task _loop;
        private int _tokenRequests;

        private LoopbackDsco(HttpListener listener, string baseUrl)
        {
            _listener = listener;
            BaseUrl = baseUrl;
            _loop = Task.Run(ServeAsync);
        }

        public string BaseUrl { get; }

        public int TokenRequests => Volatile.Read(ref _tokenRequests);

        public ConcurrentQueue<(string Path, string? Authorization)> Calls { get; } = new();

        public static Task<LoopbackDsco> StartAsync()
        {
            for (var attempt = 0; ; attempt++)
            {
                var probe = new TcpListener(IPAddress.Loopback, 0);
                probe.Start();
                var port = ((IPEndPoint)probe.LocalEndpoint).Port;
                probe.Stop();
                var listener = new HttpListener();
                listener.Prefixes.Add($"http://127.0.0.1:{port}/");
                try
                {
                    listener.Start();
                    return Task.FromResult(new LoopbackDsco(listener, $"http://127.0.0.1:{port}/api/v3"));
                }
                catch (HttpListenerException) when (attempt < 5)
                {
                    // Someone took the port between the probe and the listener: try another.
                    listener.Close();
                }
            }
        }

        private async Task ServeAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    return;
                }

                var path = context.Request.Url!.AbsolutePath;
                string body;
                if (path == "/api/v3/oauth2/token")
                {
                    var n = Interlocked.Increment(ref _tokenRequests);
                    context.Response.StatusCode = 200;
                    body = $"{{\"access_token\":\"tok-{n}\",\"token_type\":\"Bearer\",\"expires_in\":3600}}";
                }
                else
                {
                    Calls.Enqueue((path, context.Request.Headers["Authorization"]));
                    context.Response.StatusCode = 400;
                    body = "{\"status\":\"failure\",\"messages\":[{\"code\":\"REFUSED\",\"severity\":\"error\",\"description\":\"loopback DSCO refuses this\"}]}";
                }

                var bytes = Encoding.UTF8.GetBytes(body);
                context.Response.ContentType = "application/json";
                context.Response.ContentLength64 = bytes.Length;
                await context.Response.OutputStream.WriteAsync(bytes);
                context.Response.Close();
            }
        }

        public async ValueTask DisposeAsync()
        {
            _listener.Stop();
            _listener.Close();
            await _loop;
        }
    }
}
