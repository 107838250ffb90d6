using System;
using Dsco.Plugins.Hosting;
using Dsco.Plugins.OrderImport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Sellercloud.Plugins;

namespace Dsco.Plugins.Plugins;

/// <summary>Registers the DSCO plugins with a host's service container.</summary>
public static class DscoPluginServiceCollectionExtensions
{
    /// <summary>
    /// Adds the DSCO API client (<see cref="ServiceCollectionExtensions.AddDscoApiClient"/>) and the DSCO plugins,
    /// each as a singleton, as itself and as the host interfaces it implements. Register a
    /// <see cref="DscoOrderImportOptions"/> singleton to tune the order import. Plugins use the run context's clock.
    /// Calling it twice registers nothing twice. This is also the registration behind <see cref="DscoDefaults"/>, so a
    /// plugin created by reflection is wired exactly like one resolved from the container.
    /// </summary>
    public static IServiceCollection AddDscoPlugins(this IServiceCollection services)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        services.AddDscoApiClient();
        services.TryAddSingleton(sp => new DscoOrderImportPlugin(
            sp.GetRequiredService<DscoApiClientFactory>(),
            timeProvider: null,
            sp.GetService<DscoOrderImportOptions>()));
        services.TryAddSingleton<IOrderImportPlugin>(sp => sp.GetRequiredService<DscoOrderImportPlugin>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISellercloudPlugin, DscoOrderImportPlugin>(sp => sp.GetRequiredService<DscoOrderImportPlugin>()));
        return services;
    }
}
