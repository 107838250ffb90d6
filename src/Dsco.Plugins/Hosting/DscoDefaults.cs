using System;
using System.Threading;
using Dsco.Plugins.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace Dsco.Plugins.Hosting;

/// <summary>
/// The process-wide service provider behind the plugins' public parameterless constructors, for hosts that create
/// plugins by reflection. It is built once, on first use, by the same registration a DI host calls
/// (<see cref="DscoPluginServiceCollectionExtensions.AddDscoPlugins"/>), so both ways of creating a plugin get the same
/// wiring: every reflection-created plugin shares one <see cref="DscoApiClientFactory"/>, hence pooled HTTP handlers,
/// one OAuth token cache and one set of rate limiters per DSCO account, however many plugin instances the host creates.
/// Hosts with their own container call <see cref="DscoPluginServiceCollectionExtensions.AddDscoPlugins"/> instead and
/// never touch this class.
/// </summary>
public static class DscoDefaults
{
    private static readonly Lazy<ServiceProvider> Provider = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The shared provider (built on first use, lives as long as the process).</summary>
    public static IServiceProvider Services => Provider.Value;

    /// <summary>The shared client factory every reflection-created plugin uses.</summary>
    public static DscoApiClientFactory ClientFactory => Services.GetRequiredService<DscoApiClientFactory>();

    private static ServiceProvider Build()
    {
        var services = new ServiceCollection();
        services.AddDscoPlugins();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }
}
