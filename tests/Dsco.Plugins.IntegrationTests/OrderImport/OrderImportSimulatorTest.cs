using System;
using System.Threading.Tasks;
using Dsco.Plugins.Plugins;
using Dsco.Simulator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Dsco.Plugins.IntegrationTests.OrderImport;

/// <summary>
/// The in-process DSCO simulator with its demo data, an in-memory host pointed at it and the plugins from
/// <c>AddDscoPlugins</c>, all on one fake clock.
/// </summary>
public abstract class OrderImportSimulatorTest : IAsyncLifetime
{
    /// <summary>The demo orders that import (5000005 has an unknown SKU; 5000006 DSCO acknowledged itself).</summary>
    protected static readonly string[] Imported = { "5000001", "5000002", "5000003", "5000004", "5000006" };

    private DscoSimulator? _dsco;
    private ServiceProvider? _services;

    internal FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 12, 4, 7, 30, 0, TimeSpan.Zero));

    internal InMemoryHost Host { get; } = new();

    internal DscoSimulator Dsco => _dsco ?? throw new InvalidOperationException("The simulator starts in InitializeAsync.");

    internal ServiceProvider Services => _services ?? throw new InvalidOperationException("The services are built in InitializeAsync.");

    /// <inheritdoc />
    public virtual async Task InitializeAsync()
    {
        _dsco = await DscoSimulator.StartAsync(new SimulatorOptions { TimeProvider = Time });
        _services = new ServiceCollection().AddSingleton<TimeProvider>(Time).AddDscoPlugins().BuildServiceProvider();
        Host.Settings[DscoPluginSettingNames.ApiBaseUrl] = _dsco.BaseUrl.ToString();
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        if (_dsco is not null)
        {
            await _dsco.DisposeAsync();
        }
    }

    /// <summary>The demo account's Stream (client id and secret) or legacy (token) credentials.</summary>
    internal void UseCredentials(bool stream)
    {
        if (stream)
        {
            Host.Settings["DSCO_ClientID"] = DemoCredentials.ClientId;
            Host.Settings["DSCO_ClientSecret"] = DemoCredentials.ClientSecret;
        }
        else
        {
            Host.Settings["DSCO_Token"] = DemoCredentials.Token;
            Host.Settings["DSCO_SupplierId"] = DemoCredentials.SupplierId;
        }
    }
}
