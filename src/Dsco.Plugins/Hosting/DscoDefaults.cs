using System;
using System.Threading;
using Microsoft.Extensions.DependencyInjection;

namespace Dsco.Plugins.Hosting;

/// <summary>
/// A process-wide service provider for hosts that create plugins by reflection through their parameterless constructors:
/// every such plugin shares one <see cref="DscoApiClientFactory"/>, hence pooled connections, token caches and rate limiters.
/// Hosts with their own DI should call <see cref="ServiceCollectionExtensions.AddDscoApiClient"/> instead.
/// </summary>
public static class DscoDefaults
{
    private static readonly Lazy<ServiceProvider> Provider = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The shared provider (built on first use).</summary>
    public static IServiceProvider Services => Provider.Value;

    /// <summary>The shared client factory.</summary>
    public static DscoApiClientFactory ClientFactory => Services.GetRequiredService<DscoApiClientFactory>();

    private static ServiceProvider Build()
    {
        var services = new ServiceCollection();
        services.AddDscoApiClient();
        return services.BuildServiceProvider();
    }
}
