using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Dsco.Simulator.Internal;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dsco.Simulator.Endpoints;

/// <summary>
/// The Stream API. Path values (the stream id and above all the position) are taken from the raw request target and
/// unescaped exactly once: positions arrive as one percent-encoded segment (<c>z%2F2026%2F…</c>), and the routing
/// layer leaves <c>%2F</c> encoded while decoding everything else.
/// </summary>
internal static class StreamEndpoints
{
    private static readonly string[] ObjectTypes =
        ["order", "invoice", "inventory", "catalog", "catalogchangelog", "orderitemchange", "undeliverableshipment", "returns", "validation"];

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v3/stream", CreateAsync).WithMetadata(new DscoOperation("createStream", true, null));
        app.MapGet("/api/v3/stream", List).WithMetadata(new DscoOperation("listStreams", true, null));
        app.MapPut("/api/v3/stream/{id}", UpdateAsync).WithMetadata(new DscoOperation("updateStream", true, null));
        app.MapDelete("/api/v3/stream/{id}", Delete).WithMetadata(new DscoOperation("deleteStream", true, null));
        app.MapGet("/api/v3/stream/{id}/{partitionId}/{position}", GetFromPosition).WithMetadata(new DscoOperation("getStreamEventsFromPosition", true, null));
        app.MapPut("/api/v3/stream/{id}/{partitionId}/{position}", UpdatePosition).WithMetadata(new DscoOperation("updateStreamPosition", true, null));
        app.MapGet("/api/v3/stream/{id}/{partitionId}/{start}/{end}", GetRange).WithMetadata(new DscoOperation("getStreamEventsInRange", true, null));
        app.MapGet("/api/v3/stream/single/{id}/{partitionId}/{position}", GetSingle)
            .WithMetadata(new DscoOperation("getSingleStreamEvent", true, null, RateLimit.PerMinute(15)));
    }

    private static async Task<IResult> CreateAsync(HttpContext context, SimulatorRuntime sim)
    {
        var now = sim.Now;
        var (body, error) = await DscoHttp.ReadJsonAsync(context, now);
        if (error is not null)
        {
            return error;
        }

        if (Validate(body, now, out var objectType, out var query, out var numPartitions, out var maxEvents) is { } invalid)
        {
            return invalid;
        }

        var account = context.Account();
        lock (sim.State.Gate)
        {
            var stream = sim.State.CreateStream(account, objectType, DscoHttp.Str(body, "description"), query, numPartitions ?? 1, maxEvents);
            return DscoHttp.Json(SimulatorState.StreamJson(stream), StatusCodes.Status201Created);
        }
    }

    private static IResult? Validate(JsonNode? body, DateTimeOffset now, out string objectType, out JsonObject query, out int? numPartitions, out JsonObject? maxEvents)
    {
        objectType = DscoHttp.Str(body, "objectType") ?? "";
        query = body?["query"] as JsonObject ?? [];
        numPartitions = null;
        maxEvents = body?["maxEvents"] as JsonObject;
        if (body is not JsonObject)
        {
            return DscoHttp.BadRequest(now, "INVALID_BODY", "The body must be a Stream object.");
        }

        if (!ObjectTypes.Contains(objectType))
        {
            return DscoHttp.BadRequest(now, "INVALID_OBJECT_TYPE", $"objectType must be one of {string.Join(", ", ObjectTypes)}, got {DscoHttp.Describe(body, "objectType")}.");
        }

        if (body["query"] is not JsonObject)
        {
            return DscoHttp.BadRequest(now, "MISSING_QUERY", "query is required (an object whose queryType matches objectType).");
        }

        var queryType = DscoHttp.Str(query, "queryType");
        var expected = objectType == "returns" ? "return" : objectType;
        if (queryType != expected && queryType != objectType)
        {
            return DscoHttp.BadRequest(now, "INVALID_QUERY", $"query.queryType must be '{expected}' for objectType '{objectType}', got {DscoHttp.Describe(query, "queryType")}.");
        }

        if (objectType == "order" && !SimulatorState.IsKnownQueryKey(query, out var bad))
        {
            return DscoHttp.BadRequest(now, "INVALID_QUERY", bad!);
        }

        if (DscoHttp.Has(body, "numPartitions"))
        {
            var n = DscoHttp.Num(body, "numPartitions");
            if (n is null || n != decimal.Truncate(n.Value) || n < 1 || n > 20)
            {
                return DscoHttp.BadRequest(now, "INVALID_NUM_PARTITIONS", $"numPartitions must be an integer from 1 to 20, got {DscoHttp.Describe(body, "numPartitions")}.");
            }

            numPartitions = (int)n.Value;
        }

        if (maxEvents is not null)
        {
            foreach (var (name, min, max) in new[] { ("objectCount", 1m, 10000m), ("numBytes", 1024m, 4718592m), ("durationSec", 1m, 22m) })
            {
                if (DscoHttp.Has(maxEvents, name) && (DscoHttp.Num(maxEvents, name) is not { } v || v < min || v > max || v != decimal.Truncate(v)))
                {
                    return DscoHttp.BadRequest(now, "INVALID_MAX_EVENTS", $"maxEvents.{name} must be an integer from {min} to {max}, got {DscoHttp.Describe(maxEvents, name)}.");
                }
            }
        }

        return null;
    }

    private static IResult List(HttpContext context, SimulatorRuntime sim)
    {
        var now = sim.Now;
        var id = context.Request.Query["id"].ToString();
        var partitionText = context.Request.Query["partitionId"].ToString();
        int? partition = null;
        if (!string.IsNullOrEmpty(partitionText))
        {
            if (string.IsNullOrEmpty(id) || !int.TryParse(partitionText, NumberStyles.None, CultureInfo.InvariantCulture, out var p))
            {
                return DscoHttp.BadRequest(now, "INVALID_PARAMETER", $"partitionId must be an integer and is only allowed together with id, got '{partitionText}'.");
            }

            partition = p;
        }

        var account = context.Account();
        lock (sim.State.Gate)
        {
            var streams = account.Streams.Where(s => string.IsNullOrEmpty(id) || s.Id == id).Select(s => (JsonNode)SimulatorState.StreamJson(s, partition));
            return DscoHttp.Json(new JsonArray(streams.ToArray()));
        }
    }

    private static async Task<IResult> UpdateAsync(HttpContext context, SimulatorRuntime sim)
    {
        var now = sim.Now;
        var segments = DscoHttp.RawSegments(context);
        var (body, error) = await DscoHttp.ReadJsonAsync(context, now);
        if (error is not null)
        {
            return error;
        }

        if (Validate(body, now, out var objectType, out var query, out var numPartitions, out var maxEvents) is { } invalid)
        {
            return invalid;
        }

        if (!DscoHttp.TryGetBool(context.Request.Query, "incrementVersionNumber", out var increment, out var queryError, now))
        {
            return queryError!;
        }

        var account = context.Account();
        lock (sim.State.Gate)
        {
            var stream = account.Streams.FirstOrDefault(s => s.Id == segments[3]);
            if (stream is null)
            {
                return DscoHttp.NotFound(now, $"Stream '{segments[3]}' does not exist.");
            }

            if (stream.ObjectType != objectType)
            {
                return DscoHttp.BadRequest(now, "INVALID_OBJECT_TYPE", $"objectType of stream '{stream.Id}' is '{stream.ObjectType}' and cannot change to '{objectType}'.");
            }

            stream.Description = DscoHttp.Str(body, "description") ?? stream.Description;
            stream.Query = (JsonObject)query.DeepClone();
            stream.MaxEvents = (JsonObject?)maxEvents?.DeepClone() ?? stream.MaxEvents;
            if (numPartitions is { } wanted)
            {
                // More partitions: add (or reactivate) the newest; fewer: the highest-numbered ones become inactive.
                for (var p = 0; p < Math.Max(wanted, stream.Partitions.Count); p++)
                {
                    if (p >= stream.Partitions.Count)
                    {
                        stream.Partitions.Add(new PartitionRecord { PartitionId = p, Position = SimulatorState.MinutePosition(now), LastUpdate = now });
                    }

                    stream.Partitions[p].Active = p < wanted;
                }
            }

            if (increment != false)
            {
                stream.StreamVersion++;
            }

            return DscoHttp.Json(SimulatorState.StreamJson(stream));
        }
    }

    private static IResult Delete(HttpContext context, SimulatorRuntime sim)
    {
        var segments = DscoHttp.RawSegments(context);
        var account = context.Account();
        lock (sim.State.Gate)
        {
            var stream = account.Streams.FirstOrDefault(s => s.Id == segments[3]);
            if (stream is null)
            {
                return DscoHttp.NotFound(sim.Now, $"Stream '{segments[3]}' does not exist.");
            }

            account.Streams.Remove(stream);
            return DscoHttp.Json(SimulatorState.StreamJson(stream));
        }
    }

    /// <summary>Finds the stream and partition named by raw segments [offset] and [offset+1].</summary>
    private static IResult? Resolve(HttpContext context, SimulatorRuntime sim, int offset, out StreamRecord stream, out PartitionRecord partition, out string[] segments)
    {
        segments = DscoHttp.RawSegments(context);
        stream = null!;
        partition = null!;
        var now = sim.Now;
        var id = segments[offset];
        if (!int.TryParse(segments[offset + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var partitionId))
        {
            return DscoHttp.BadRequest(now, "INVALID_PARTITION_ID", $"partitionId must be an integer, got '{segments[offset + 1]}'.");
        }

        var found = context.Account().Streams.FirstOrDefault(s => s.Id == id);
        if (found is null)
        {
            return DscoHttp.NotFound(now, $"Stream '{id}' does not exist.");
        }

        var foundPartition = found.Partitions.FirstOrDefault(p => p.PartitionId == partitionId);
        if (foundPartition is null)
        {
            return DscoHttp.NotFound(now, $"Stream '{id}' has no partition {partitionId}.");
        }

        stream = found;
        partition = foundPartition;
        return null;
    }

    private static IResult InvalidPosition(DateTimeOffset now, string position) => DscoHttp.BadRequest(now, "INVALID_POSITION",
        $"Position '{position}' is not an event id, a z/yyyy/mm/dd/HH/mm/000 position or an ISO 8601 date-time.");

    private static IResult GetFromPosition(HttpContext context, SimulatorRuntime sim)
    {
        lock (sim.State.Gate)
        {
            if (Resolve(context, sim, 3, out var stream, out var partition, out var segments) is { } problem)
            {
                return problem;
            }

            var position = SimulatorState.NormalisePosition(segments[5]);
            if (position is null)
            {
                return InvalidPosition(sim.Now, segments[5]);
            }

            var events = SimulatorState.TakeEvents(stream, partition.Events.Where(e => string.CompareOrdinal(e.Id, position) > 0));
            return DscoHttp.Json(Wrapper(partition, events));
        }
    }

    private static IResult UpdatePosition(HttpContext context, SimulatorRuntime sim)
    {
        lock (sim.State.Gate)
        {
            if (Resolve(context, sim, 3, out _, out var partition, out var segments) is { } problem)
            {
                return problem;
            }

            var position = SimulatorState.NormalisePosition(segments[5]);
            if (position is null)
            {
                return InvalidPosition(sim.Now, segments[5]);
            }

            partition.Position = position;
            partition.LastUpdate = sim.Now;
            return DscoHttp.Json(new JsonObject { ["status"] = "success" });
        }
    }

    private static IResult GetRange(HttpContext context, SimulatorRuntime sim)
    {
        lock (sim.State.Gate)
        {
            if (Resolve(context, sim, 3, out var stream, out var partition, out var segments) is { } problem)
            {
                return problem;
            }

            var start = SimulatorState.NormalisePosition(segments[5]);
            var end = SimulatorState.NormalisePosition(segments[6], roundUp: true);
            if (start is null)
            {
                return InvalidPosition(sim.Now, segments[5]);
            }

            if (end is null)
            {
                return InvalidPosition(sim.Now, segments[6]);
            }

            // Start inclusive, end exclusive; the stream's position does not move.
            var events = SimulatorState.TakeEvents(stream, partition.Events.Where(e => string.CompareOrdinal(e.Id, start) >= 0 && string.CompareOrdinal(e.Id, end) < 0));
            return DscoHttp.Json(Wrapper(partition, events));
        }
    }

    private static IResult GetSingle(HttpContext context, SimulatorRuntime sim)
    {
        lock (sim.State.Gate)
        {
            if (Resolve(context, sim, 4, out _, out var partition, out var segments) is { } problem)
            {
                return problem;
            }

            var found = partition.Events.FirstOrDefault(e => e.Id == segments[6]);
            var events = found is null ? new JsonArray() : new JsonArray(SimulatorState.EventJson(found));
            return DscoHttp.Json(Wrapper(partition, events));
        }
    }

    private static JsonObject Wrapper(PartitionRecord partition, JsonArray events) => new()
    {
        ["partitionId"] = partition.PartitionId,
        ["ownerId"] = partition.OwnerId,
        ["events"] = events,
    };
}
