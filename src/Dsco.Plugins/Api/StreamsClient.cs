using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Dsco.Plugins.Api.Internal;
using Dsco.Plugins.Api.Models;

namespace Dsco.Plugins.Api;

/// <summary>Streams: create, list, read events, move the position. Every path segment is percent-encoded once.</summary>
public sealed class StreamsClient
{
    private readonly DscoTransport _transport;

    internal StreamsClient(DscoTransport transport) => _transport = transport;

    /// <summary>
    /// <c>POST /stream</c> (201). Not idempotent: an ambiguous failure throws <see cref="DscoOutcomeUnknownException"/>;
    /// list the streams (by description) before creating again.
    /// </summary>
    public Task<StreamDefinition> CreateAsync(StreamDefinition stream, CancellationToken cancellationToken = default)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        OrdersClient.Require(stream.ObjectType, "stream.ObjectType", "a DSCO object type such as 'order' or 'invoice'");
        if (stream.Query is null || stream.Query["queryType"] is null)
        {
            throw new ArgumentException("stream.Query has no queryType; DSCO requires a query (e.g. new OrderQuery()).", nameof(stream));
        }

        var body = DscoTransport.JsonBody(DscoOperation.CreateStream, stream);
        return _transport.SendAsync(DscoOperation.CreateStream, "/stream", body, DscoJson.Deserialize<StreamDefinition>, cancellationToken);
    }

    /// <summary><c>GET /stream</c>: all streams, or one (<paramref name="id"/>), or one partition of it.</summary>
    public Task<IReadOnlyList<StreamDefinition>> ListAsync(string? id = null, int? partitionId = null, CancellationToken cancellationToken = default)
    {
        if (partitionId is not null && string.IsNullOrEmpty(id))
        {
            throw new ArgumentException("partitionId may only be given together with id.", nameof(partitionId));
        }

        var path = new QueryString("/stream").Add("id", id).Add("partitionId", partitionId).ToString();
        return _transport.SendAsync(DscoOperation.ListStreams, path, null, OrdersClient.ReadOneOrMany<StreamDefinition>, cancellationToken);
    }

    /// <summary>
    /// <c>GET /stream/{id}/{partitionId}/{position}</c>: events after <paramref name="position"/>. <typeparamref name="T"/> is
    /// the payload type matching the stream's objectType (e.g. <see cref="Order"/>, <see cref="Invoice"/>).
    /// </summary>
    public Task<StreamEventWrapper<T>> GetEventsAsync<T>(string id, int partitionId, string position, CancellationToken cancellationToken = default)
    {
        var path = StreamPath(id, partitionId, position);
        return _transport.SendAsync(DscoOperation.GetStreamEvents, path, null, DscoJson.Deserialize<StreamEventWrapper<T>>, cancellationToken);
    }

    /// <summary>
    /// <c>GET /stream/{id}/{partitionId}/{start}/{end}</c>: replay; start inclusive, end exclusive; either may be an event id
    /// or an ISO 8601 date-time. Does not move the position.
    /// </summary>
    public Task<StreamEventWrapper<T>> GetEventsInRangeAsync<T>(string id, int partitionId, string startPosition, string endPosition, CancellationToken cancellationToken = default)
    {
        OrdersClient.Require(endPosition, nameof(endPosition), "an event id or ISO 8601 date-time");
        var path = StreamPath(id, partitionId, startPosition) + "/" + QueryString.Segment(endPosition);
        return _transport.SendAsync(DscoOperation.GetStreamEventsInRange, path, null, DscoJson.Deserialize<StreamEventWrapper<T>>, cancellationToken);
    }

    /// <summary><c>PUT /stream/{id}/{partitionId}/{position}</c>: checkpoint (absolute, so safe to retry).</summary>
    public Task<StreamPositionResponse> UpdatePositionAsync(string id, int partitionId, string position, CancellationToken cancellationToken = default)
    {
        var path = StreamPath(id, partitionId, position);
        return _transport.SendAsync(
            DscoOperation.UpdateStreamPosition,
            path,
            null,
            body => string.IsNullOrWhiteSpace(body) ? new StreamPositionResponse() : DscoJson.Deserialize<StreamPositionResponse>(body),
            cancellationToken);
    }

    private static string StreamPath(string id, int partitionId, string position)
    {
        OrdersClient.Require(id, nameof(id), "the stream id");
        OrdersClient.Require(position, nameof(position), "an event id or the partition's position");
        if (partitionId < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(partitionId), partitionId, "Expected a partition id of 0 or more.");
        }

        return "/stream/" + QueryString.Segment(id) + "/" + partitionId.ToString(CultureInfo.InvariantCulture) + "/" + QueryString.Segment(position);
    }
}
