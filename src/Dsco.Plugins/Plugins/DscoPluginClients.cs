using System;
using Dsco.Plugins.Api;
using Dsco.Plugins.Hosting;
using Dsco.Plugins.Settings;

namespace Dsco.Plugins.Plugins;

/// <summary>Creates the DSCO client a plugin run needs from the company's settings.</summary>
internal static class DscoPluginClients
{
    /// <summary>
    /// A client for the run's account: the legacy token, or OAuth client credentials for Stream accounts, at
    /// <c>DSCO_ApiBaseUrl</c> or production. It logs to the run's task log, so retries and rate-limit waits are
    /// visible to the seller whether the plugin came from a container or from its parameterless constructor (whose
    /// process-wide factory has no log providers). Dispose it when the run ends.
    /// </summary>
    public static DscoApiClient Create(DscoApiClientFactory factory, DscoPluginRun run)
    {
        if (factory is null)
        {
            throw new ArgumentNullException(nameof(factory));
        }

        var settings = run.Settings;
        var credentials = settings.AuthMode == DscoAuthMode.StreamOAuth
            ? DscoCredentials.ClientCredentials(settings.ClientId!, settings.ClientSecret!)
            : DscoCredentials.StaticToken(settings.Token!);
        return factory.Create(new DscoClientOptions
        {
            BaseUrl = run.BaseUrl?.ToString() ?? DscoClientOptions.ProductionBaseUrl,
            Credentials = credentials,
        }, run.Logger);
    }
}
