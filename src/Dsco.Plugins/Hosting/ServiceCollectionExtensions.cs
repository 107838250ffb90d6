using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dsco.Plugins.Hosting;

/// <summary>DI registration of the DSCO client.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="DscoApiClientFactory"/> (singleton), <see cref="TimeProvider.System"/> unless one is registered,
    /// logging, and the named HttpClient <see cref="DscoApiClientFactory.HttpClientName"/>. The HttpClient's own request
    /// loggers are removed: they would log full URLs (a large-batch dataUrl carries a signature) and our client logs
    /// method, path, status, attempt and elapsed time itself.
    /// </summary>
    public static IServiceCollection AddDscoApiClient(this IServiceCollection services)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();
        services.AddHttpClient(DscoApiClientFactory.HttpClientName)
            .SetHandlerLifetime(TimeSpan.FromMinutes(5))
            .RemoveAllLoggers();
        services.TryAddSingleton<DscoApiClientFactory>();
        return services;
    }
}
