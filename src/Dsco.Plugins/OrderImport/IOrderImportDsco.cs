using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Dsco.Plugins.Api.Models;

namespace Dsco.Plugins.OrderImport;

/// <summary>A date search of <c>GET /order/page</c>, or the next page of one.</summary>
/// <param name="Statuses">The <c>status</c> filter values.</param>
/// <param name="CreatedSince">The inclusive <c>ordersCreatedSince</c>.</param>
/// <param name="Until">The <c>until</c> bound (at least five seconds in the past).</param>
/// <param name="ScrollId">The scroll id of the previous page; when set DSCO ignores the rest.</param>
internal sealed record OrderSearch(IReadOnlyList<string> Statuses, DateTimeOffset CreatedSince, DateTimeOffset Until, string? ScrollId = null);

/// <summary>What one <c>POST /order/acknowledge</c> call did for the orders it carried.</summary>
/// <param name="DscoOrderIds">The orders in the call.</param>
/// <param name="RequestId">DSCO's request id, when the call was accepted.</param>
/// <param name="Error">Why the call failed, or null when DSCO accepted it.</param>
internal sealed record AcknowledgeBatchResult(IReadOnlyList<string> DscoOrderIds, string? RequestId, string? Error);

/// <summary>
/// The DSCO operations the order import uses. The production implementation sits on the shared DSCO client;
/// the plugin's tests use an in-memory DSCO behind the same seam.
/// </summary>
internal interface IOrderImportDsco
{
    /// <summary><c>GET /order/page</c>.</summary>
    Task<PagedOrderResult> GetOrderPageAsync(OrderSearch request, CancellationToken cancellationToken = default);

    /// <summary><c>GET /order/?orderKey=dscoOrderId&amp;value=…</c>; null when DSCO has no such order.</summary>
    Task<Order?> GetOrderAsync(string dscoOrderId, CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>POST /order/acknowledge</c> for all <paramref name="orders"/>, in as few calls as the 5 MB body limit
    /// allows. A call that fails is reported in its result rather than thrown, so the others still count.
    /// </summary>
    Task<IReadOnlyList<AcknowledgeBatchResult>> AcknowledgeOrdersAsync(IReadOnlyList<OrderId> orders, CancellationToken cancellationToken = default);

    /// <summary>
    /// One look at <c>GET /order/log?requestId=…</c>: the orders whose acknowledgement DSCO reports as failed,
    /// with DSCO's reason. Empty while DSCO is still processing the request.
    /// </summary>
    Task<IReadOnlyDictionary<string, string>> GetAcknowledgeFailuresAsync(string requestId, CancellationToken cancellationToken = default);

    /// <summary><c>POST /stream</c>. Throws <c>DscoOutcomeUnknownException</c> when DSCO may have created it.</summary>
    Task<StreamDefinition> CreateStreamAsync(StreamDefinition stream, CancellationToken cancellationToken = default);

    /// <summary><c>GET /stream</c>, optionally for one id.</summary>
    Task<IReadOnlyList<StreamDefinition>> ListStreamsAsync(string? streamId = null, CancellationToken cancellationToken = default);

    /// <summary><c>GET /stream/{id}/{partitionId}/{position}</c>: the events after <paramref name="position"/>.</summary>
    Task<StreamEventWrapper<Order>> GetStreamEventsAsync(string streamId, int partitionId, string position, CancellationToken cancellationToken = default);

    /// <summary><c>PUT /stream/{id}/{partitionId}/{position}</c>.</summary>
    Task UpdateStreamPositionAsync(string streamId, int partitionId, string position, CancellationToken cancellationToken = default);
}
