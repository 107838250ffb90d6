using System;
using System.Threading;
using System.Threading.Tasks;
using Dsco.Plugins.Hosting;
using Dsco.Plugins.Plugins;
using Dsco.Plugins.Settings;
using Sellercloud.Plugins;

namespace Dsco.Plugins.OrderImport;

/// <summary>
/// <c>DSCO API v3 Order Import</c>: brings new DSCO orders into the host for the task's company, each exactly
/// once, paid for the user <c>DSCO_&lt;CompanyID&gt;@sellercloud.com</c>, and acknowledges them so DSCO moves
/// them to Shipment Pending. Legacy token accounts are read with the order page search; Stream API accounts
/// (client id and secret) with an order stream.
/// </summary>
public sealed class DscoOrderImportPlugin : IOrderImportPlugin
{
    private readonly Func<DscoPluginRun, IOrderImportDsco> _dscoFactory;
    private readonly TimeProvider? _timeProvider;
    private readonly DscoOrderImportOptions _options;

    /// <summary>
    /// Creates the plugin with the process-wide DSCO client factory (<see cref="DscoDefaults.ClientFactory"/>),
    /// for hosts that create plugins by reflection.
    /// </summary>
    public DscoOrderImportPlugin()
        : this(DscoDefaults.ClientFactory)
    {
    }

    /// <summary>Creates the plugin with its dependencies.</summary>
    /// <param name="clientFactory">Creates the DSCO client of each run, for the company's credentials and base URL.</param>
    /// <param name="timeProvider">The clock; null uses the run context's clock.</param>
    /// <param name="options">Tuning; null for the defaults.</param>
    public DscoOrderImportPlugin(DscoApiClientFactory clientFactory, TimeProvider? timeProvider = null, DscoOrderImportOptions? options = null)
        : this(CreateSeam(clientFactory ?? throw new ArgumentNullException(nameof(clientFactory))), timeProvider, options)
    {
    }

    internal DscoOrderImportPlugin(Func<DscoPluginRun, IOrderImportDsco> dscoFactory, TimeProvider? timeProvider = null, DscoOrderImportOptions? options = null)
    {
        _dscoFactory = dscoFactory ?? throw new ArgumentNullException(nameof(dscoFactory));
        _timeProvider = timeProvider;
        _options = options ?? new DscoOrderImportOptions();
        _options.Validate();
    }

    /// <inheritdoc />
    public string DisplayName => DscoPluginNames.OrderImport;

    /// <inheritdoc />
    public Task<PluginRunResult> ImportOrdersAsync(PluginRunContext context, CancellationToken cancellationToken = default) =>
        DscoPluginRunner.RunAsync(DisplayName, DscoPlugin.OrderImport, context, _timeProvider, RunAsync, cancellationToken);

    private async Task<string?> RunAsync(DscoPluginRun run)
    {
        var dsco = _dscoFactory(run);
        try
        {
            return await new DscoOrderImportRun(run, dsco, _options).RunAsync().ConfigureAwait(false);
        }
        finally
        {
            (dsco as IDisposable)?.Dispose();
        }
    }

    private static Func<DscoPluginRun, IOrderImportDsco> CreateSeam(DscoApiClientFactory clientFactory) =>
        run => new DscoClientOrderImportDsco(DscoPluginClients.Create(clientFactory, run));
}
