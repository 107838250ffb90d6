using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Dsco.Plugins.Api.Internal;
using Dsco.Plugins.Api.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dsco.Plugins.Api;

/// <summary>
/// The DSCO Platform API v3 client shared by all plugins: one thin client per resource over one HttpClient with auth,
/// Polly retries, per-attempt timeouts and the spec's rate limits. Create it with
/// <c>DscoApiClientFactory.Create</c> (or <c>DscoDefaults.ClientFactory</c> from a
/// parameterless plugin constructor). Dispose it when the run is over; pooled connections stay with the factory.
/// </summary>
public sealed class DscoApiClient : IDisposable
{
    private readonly DscoTransport _transport;

    internal DscoApiClient(
        DscoClientOptions options,
        HttpMessageHandler primaryHandler,
        DscoAccount account,
        TimeProvider timeProvider,
        ILogger? logger,
        Func<double>? randomizer = null)
    {
        var baseUrl = options.Validate();
        _transport = new DscoTransport(baseUrl, options, primaryHandler, account, timeProvider, logger ?? NullLogger.Instance, randomizer);
        BaseUrl = baseUrl;
        Orders = new OrdersClient(_transport);
        Streams = new StreamsClient(_transport);
        Shipments = new ShipmentsClient(_transport);
        Invoices = new InvoicesClient(_transport);
        Inventory = new InventoryClient(_transport);
    }

    /// <summary>The base URL in use (no trailing slash).</summary>
    public Uri BaseUrl { get; }

    /// <summary>Orders: page, lookup, acknowledge, change log.</summary>
    public OrdersClient Orders { get; }

    /// <summary>Streams: create, list, events, position.</summary>
    public StreamsClient Streams { get; }

    /// <summary>Shipments: single and small batch.</summary>
    public ShipmentsClient Shipments { get; }

    /// <summary>Invoices: create, lookup, small batch, change log.</summary>
    public InvoicesClient Invoices { get; }

    /// <summary>Inventory: single item, small and large batch, change log.</summary>
    public InventoryClient Inventory { get; }

    /// <summary><c>GET /hello</c>: checks connectivity and credentials. Returns DSCO's greeting (<c>World!</c>).</summary>
    public async Task<string?> HelloAsync(CancellationToken cancellationToken = default)
    {
        var hello = await _transport.SendAsync(DscoOperation.Hello, "/hello", null, DscoJson.Deserialize<HelloResponse>, cancellationToken).ConfigureAwait(false);
        return hello?.Hello;
    }

    /// <inheritdoc/>
    public void Dispose() => _transport.Dispose();

    /// <summary>Shows the base URL only.</summary>
    public override string ToString() => $"DscoApiClient({BaseUrl})";
}
