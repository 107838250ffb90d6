using System;
using System.Threading;
using System.Threading.Tasks;
using Dsco.Plugins.Plugins;
using Dsco.Plugins.Settings;
using Sellercloud.Plugins;

namespace Dsco.Plugins.OrderImport;

/// <summary>
/// <c>DSCO API v3 Order Import</c>: brings new DSCO orders into the host for the task's company, each exactly
/// once, paid for the user <c>DSCO_&lt;CompanyID&gt;@sellercloud.com</c>, and acknowledges them so DSCO moves
/// them to Shipment Pending. Legacy token accounts are read with the order page search; StreamDefinition API accounts
/// (client id and secret) with an order stream.
/// </summary>
public sealed partial class DscoOrderImportPlugin : IOrderImportPlugin
{
    private readonly Func<DscoPluginRun, IOrderImportDsco> _dscoFactory;
    private readonly TimeProvider? _timeProvider;
    private readonly DscoOrderImportOptions _options;

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
        DscoPluginRunner.RunAsync(
            DisplayName,
            DscoPlugin.OrderImport,
            context,
            _timeProvider,
            run => new DscoOrderImportRun(run, _dscoFactory(run), _options).RunAsync(),
            cancellationToken);
}
