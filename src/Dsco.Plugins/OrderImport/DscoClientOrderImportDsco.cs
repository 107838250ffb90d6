using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Dsco.Plugins.Api;
using Dsco.Plugins.Api.Models;

namespace Dsco.Plugins.OrderImport;

/// <summary>The order import's DSCO operations on the shared <see cref="DscoApiClient"/>.</summary>
internal sealed class DscoClientOrderImportDsco : IOrderImportDsco, IDisposable
{
    private readonly DscoApiClient _client;

    public DscoClientOrderImportDsco(DscoApiClient client) => _client = client ?? throw new ArgumentNullException(nameof(client));

    public void Dispose() => _client.Dispose();

    public Task<PagedOrderResult> GetOrderPageAsync(OrderSearch request, CancellationToken cancellationToken = default) =>
        _client.Orders.GetPageAsync(
            request.ScrollId is { } scrollId
                ? new OrderPageRequest { ScrollId = scrollId }
                : new OrderPageRequest { OrdersCreatedSince = request.CreatedSince, Until = request.Until, Statuses = request.Statuses.ToList() },
            cancellationToken);

    public async Task<Order?> GetOrderAsync(string dscoOrderId, CancellationToken cancellationToken = default)
    {
        try
        {
            var orders = await _client.Orders.GetByIdAsync(OrderKey.DscoOrderId, dscoOrderId, cancellationToken: cancellationToken).ConfigureAwait(false);
            return orders.FirstOrDefault(o => string.Equals(o.DscoOrderId?.Trim(), dscoOrderId, StringComparison.Ordinal)) ?? (orders.Count > 0 ? orders[0] : null);
        }
        catch (DscoApiException ex) when (ex.StatusCode == HttpStatusCode.NotFound && ex is not DscoOutcomeUnknownException)
        {
            return null;
        }
    }

    public async Task<IReadOnlyList<AcknowledgeBatchResult>> AcknowledgeOrdersAsync(IReadOnlyList<OrderId> orders, CancellationToken cancellationToken = default)
    {
        var results = new List<AcknowledgeBatchResult>();

        // DSCO wants the numeric dscoOrderId; an id that is not a number is reported rather than sent.
        var numeric = new List<OrderId>();
        foreach (var order in orders)
        {
            if (order.Type == OrderIdType.DscoOrderId && !long.TryParse(order.Id, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                results.Add(new AcknowledgeBatchResult(new[] { order.Id }, null, $"dscoOrderId '{order.Id}' is not numeric, so DSCO cannot acknowledge it by id"));
            }
            else
            {
                numeric.Add(order);
            }
        }

        foreach (var batch in DscoBatching.SplitBySize(numeric))
        {
            var ids = batch.Items.Select(o => o.Id).ToList();
            try
            {
                var response = await _client.Orders.AcknowledgeAsync(batch.Items.ToList(), cancellationToken).ConfigureAwait(false);
                var refused = string.Equals(response.Status, "failure", StringComparison.OrdinalIgnoreCase);
                results.Add(new AcknowledgeBatchResult(
                    ids,
                    response.RequestId,
                    refused ? "DSCO answered failure: " + string.Join("; ", (response.Messages ?? new List<ApiResponseMessage>()).Select(m => m.ToString())) : null));
            }
            catch (DscoApiException ex)
            {
                results.Add(new AcknowledgeBatchResult(ids, ex.RequestId, ex.Message));
            }
        }

        return results;
    }

    public async Task<IReadOnlyDictionary<string, string>> GetAcknowledgeFailuresAsync(string requestId, CancellationToken cancellationToken = default)
    {
        var failures = new Dictionary<string, string>(StringComparer.Ordinal);
        var log = await _client.Orders.GetChangeLogAsync(new ChangeLogRequest { RequestId = requestId }, cancellationToken).ConfigureAwait(false);
        foreach (var entry in log.Logs ?? new List<OrderChangeLog>())
        {
            if (!string.Equals(entry.Status, "failure", StringComparison.OrdinalIgnoreCase) || entry.PayloadKind != OrderChangeLogPayloadKind.Acknowledge)
            {
                continue;
            }

            var id = entry.Payload?["id"]?.ToString();
            if (!string.IsNullOrWhiteSpace(id))
            {
                var reasons = (entry.Results ?? new List<ApiResponseMessage>()).Select(m => m.ToString()).ToList();
                failures[id!.Trim()] = reasons.Count == 0 ? "DSCO reported the acknowledgement as failed" : string.Join("; ", reasons);
            }
        }

        return failures;
    }

    public Task<StreamDefinition> CreateStreamAsync(StreamDefinition stream, CancellationToken cancellationToken = default) =>
        _client.Streams.CreateAsync(stream, cancellationToken);

    public Task<IReadOnlyList<StreamDefinition>> ListStreamsAsync(string? streamId = null, CancellationToken cancellationToken = default) =>
        _client.Streams.ListAsync(streamId, cancellationToken: cancellationToken);

    public Task<StreamEventWrapper<Order>> GetStreamEventsAsync(string streamId, int partitionId, string position, CancellationToken cancellationToken = default) =>
        _client.Streams.GetEventsAsync<Order>(streamId, partitionId, position, cancellationToken);

    public async Task UpdateStreamPositionAsync(string streamId, int partitionId, string position, CancellationToken cancellationToken = default)
    {
        var response = await _client.Streams.UpdatePositionAsync(streamId, partitionId, position, cancellationToken).ConfigureAwait(false);
        if (string.Equals(response.Status, "failure", StringComparison.OrdinalIgnoreCase))
        {
            throw new DscoApiException(
                $"DSCO refused to move stream {streamId} partition {partitionId} to position {position}.",
                "PUT /stream/{id}/{partitionId}/{position}");
        }
    }
}
