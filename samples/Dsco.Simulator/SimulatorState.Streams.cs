using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Dsco.Simulator.Internal;

namespace Dsco.Simulator;

public sealed partial class SimulatorState
{
    private const string CreateReason = "create";
    private const string InventoryCreatedReason = "inventory_object_created";
    private static readonly Regex PositionPattern = new(@"^z/\d{4}/\d{2}/\d{2}/\d{2}/\d{2}/\d{3}(/\d{9})?$", RegexOptions.CultureInvariant);

    /// <summary>
    /// An event id: the minute it was written in the seller reset format plus a global sequence, e.g.
    /// <c>z/2026/12/04/07/30/000/000000042</c>. Ordinal order of ids is event order.
    /// </summary>
    internal string NextEventId(DateTimeOffset at) =>
        $"{MinutePosition(at)}/{NextSequence().ToString("D9", CultureInfo.InvariantCulture)}";

    /// <summary>The seller reset format <c>z/yyyy/mm/dd/HH/mm/000</c> of the minute containing <paramref name="at"/>.</summary>
    internal static string MinutePosition(DateTimeOffset at) =>
        "z/" + at.UtcDateTime.ToString("yyyy'/'MM'/'dd'/'HH'/'mm", CultureInfo.InvariantCulture) + "/000";

    /// <summary>
    /// Turns a client position into a comparable key: an event id or reset-format minute as is, an ISO 8601 date-time
    /// as its minute (rounded up when <paramref name="roundUp"/>, so an exclusive end bound keeps that minute's events).
    /// </summary>
    internal static string? NormalisePosition(string position, bool roundUp = false)
    {
        if (PositionPattern.IsMatch(position))
        {
            return position;
        }

        if (position.Contains('T', StringComparison.Ordinal) && DscoHttp.TryParseDate(position, out var at))
        {
            var minute = new DateTimeOffset(at.Year, at.Month, at.Day, at.Hour, at.Minute, 0, TimeSpan.Zero);
            if (roundUp && minute < at)
            {
                minute = minute.AddMinutes(1);
            }

            return MinutePosition(minute);
        }

        return null;
    }

    internal void EmitOrderEvent(Account account, JsonObject order, string reason)
    {
        foreach (var stream in account.Streams.Where(s => s.ObjectType == "order" && OrderMatches(s.Query, order)))
        {
            Append(stream, DscoHttp.Str(order, "dscoOrderId") ?? "", order, reason, "stream", Now);
        }
    }

    internal void EmitEvent(Account account, string objectType, string key, JsonObject payload, string? reason, string? invoiceEventType = null)
    {
        foreach (var stream in account.Streams.Where(s => s.ObjectType == objectType))
        {
            if (invoiceEventType is not null && stream.Query["eventTypes"] is JsonArray types && types.Count > 0 &&
                !types.Any(t => t?.GetValue<string>() == invoiceEventType))
            {
                continue;
            }

            Append(stream, key, payload, reason, "stream", Now);
        }
    }

    private void Append(StreamRecord stream, string key, JsonObject payload, string? reason, string source, DateTimeOffset at)
    {
        var active = stream.Partitions.Where(p => p.Active).ToList();
        var partition = active[(int)(StableHash(key) % (uint)active.Count)];
        var id = NextEventId(at);
        if (partition.Events.Count > 0 && string.CompareOrdinal(id, partition.Events[^1].Id) <= 0)
        {
            // Never let a partition go backwards (an order dated before the partition's last event).
            var last = partition.Events[^1].Id;
            id = last[..last.LastIndexOf('/')] + id[id.LastIndexOf('/')..];
        }

        partition.Events.Add(new StreamEventRecord(id, payload.DeepClone(), source, reason, partition.PartitionId, stream.StreamVersion));
        partition.LastUpdate = Now;
    }

    /// <summary>FNV-1a over the key's UTF-8 bytes: the same order always lands in the same partition.</summary>
    internal static uint StableHash(string key)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(key))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return hash;
    }

    internal static bool OrderMatches(JsonObject query, JsonObject order)
    {
        if (query["statuses"] is JsonArray statuses && statuses.Count > 0 &&
            !statuses.Any(s => s?.ToString() == DscoHttp.Str(order, "dscoStatus")))
        {
            return false;
        }

        // OrderQuery.orderTypes defaults to ["dropship"]: marketplace orders are left out unless asked for.
        var types = query["orderTypes"] is JsonArray t && t.Count > 0 ? t.Select(x => x?.ToString()).ToList() : ["dropship"];
        var orderType = (DscoHttp.Str(order, "orderType") ?? "Dropship").ToLowerInvariant();
        if (!types.Contains(orderType) && orderType != "mixed")
        {
            return false;
        }

        if (query["dscoLifecycle"] is JsonArray lifecycles && lifecycles.Count > 0 &&
            !lifecycles.Any(s => s?.ToString() == DscoHttp.Str(order, "dscoLifecycle")))
        {
            return false;
        }

        var retailer = DscoHttp.Str(order, "dscoRetailerId");
        var partner = DscoHttp.Str(order, "dscoTradingPartnerId");
        if (query["dscoIncludeAccountIds"] is JsonArray inA && inA.Count > 0 && !inA.Any(x => x?.ToString() == retailer))
        {
            return false;
        }

        if (query["dscoExcludeAccountIds"] is JsonArray exA && exA.Any(x => x?.ToString() == retailer))
        {
            return false;
        }

        if (query["dscoIncludeTradingPartnerIds"] is JsonArray inT && inT.Count > 0 && !inT.Any(x => x?.ToString() == partner))
        {
            return false;
        }

        return !(query["dscoExcludeTradingPartnerIds"] is JsonArray exT && exT.Any(x => x?.ToString() == partner));
    }

    internal StreamRecord CreateStream(Account account, string objectType, string? description, JsonObject query, int numPartitions, JsonObject? maxEvents)
    {
        var now = Now;
        var stream = new StreamRecord
        {
            Id = Guid.NewGuid().ToString("N")[..20],
            ObjectType = objectType,
            Description = description,
            Query = (JsonObject)query.DeepClone(),
            MaxEvents = (JsonObject?)maxEvents?.DeepClone(),
        };

        // What already exists and matches the query is in the new stream, oldest first, so a consumer that starts
        // from the initial position sees the current open orders (the demo relies on this).
        var backfill = new List<(DateTimeOffset At, string Key, JsonObject Payload, string? Reason)>();
        if (objectType == "order")
        {
            backfill.AddRange(account.Orders.Where(o => OrderMatches(stream.Query, o))
                .Select(o => (DateOf(o, "dscoLastUpdate"), DscoHttp.Str(o, "dscoOrderId") ?? "", o, (string?)CreateReason)));
        }
        else if (objectType == "invoice")
        {
            backfill.AddRange(account.Invoices.Select(i => (DateOf(i, "createDate"), DscoHttp.Str(i, "invoiceId") ?? "", i, (string?)null)));
        }
        else if (objectType == "inventory")
        {
            backfill.AddRange(account.Inventory.Values.Select(r => (r.UpdatedAt, r.Item.Sku, r.Document, (string?)InventoryCreatedReason)));
        }

        backfill.Sort((a, b) => a.At.CompareTo(b.At));
        var initial = MinutePosition(backfill.Count > 0 && backfill[0].At < now ? backfill[0].At : now);
        for (var p = 0; p < numPartitions; p++)
        {
            stream.Partitions.Add(new PartitionRecord { PartitionId = p, Position = initial, LastUpdate = now });
        }

        foreach (var (at, key, payload, reason) in backfill)
        {
            Append(stream, key, payload, reason, "stream", at > now ? now : at);
        }

        account.Streams.Add(stream);
        return stream;
    }

    internal static JsonObject StreamJson(StreamRecord stream, int? onlyPartition = null) => new()
    {
        ["id"] = stream.Id,
        ["description"] = stream.Description,
        ["objectType"] = stream.ObjectType,
        ["numPartitions"] = stream.ActivePartitionCount,
        ["maxEvents"] = stream.MaxEvents?.DeepClone(),
        ["streamVersion"] = stream.StreamVersion,
        ["query"] = stream.Query.DeepClone(),
        ["partitions"] = new JsonArray(stream.Partitions.Where(p => onlyPartition is null || p.PartitionId == onlyPartition)
            .Select(p => (JsonNode)new JsonObject
            {
                ["partitionId"] = p.PartitionId,
                ["status"] = p.Active ? "active" : "inactive",
                ["ownerId"] = p.OwnerId,
                ["position"] = p.Position,
                ["maxPosition"] = p.Events.Count > 0 ? p.Events[^1].Id : p.Position,
                ["lastUpdate"] = DscoHttp.Iso(p.LastUpdate),
            }).ToArray()),
    };

    /// <summary>
    /// An event in the spec's shape. <c>eventReasons</c> is declared as one string enum despite its plural name
    /// (openapi L17229-17299), so it is a single string, left out where no reason applies (invoice events).
    /// </summary>
    internal static JsonObject EventJson(StreamEventRecord e)
    {
        var json = new JsonObject
        {
            ["id"] = e.Id,
            ["payload"] = e.Payload.DeepClone(),
            ["source"] = e.Source,
        };
        if (e.EventReason is not null)
        {
            json["eventReasons"] = e.EventReason;
        }

        json["partitionId"] = e.PartitionId;
        json["streamVersion"] = e.StreamVersion;
        return json;
    }

    /// <summary>Takes events while they fit maxEvents (objectCount, then numBytes); always at least one if any.</summary>
    internal static JsonArray TakeEvents(StreamRecord stream, IEnumerable<StreamEventRecord> events)
    {
        var count = (int)(DscoHttp.Num(stream.MaxEvents, "objectCount") ?? 1000);
        var bytes = (long)(DscoHttp.Num(stream.MaxEvents, "numBytes") ?? 4194304);
        var result = new JsonArray();
        long size = 0;
        foreach (var e in events)
        {
            if (result.Count >= count)
            {
                break;
            }

            var json = EventJson(e);
            var length = Encoding.UTF8.GetByteCount(json.ToJsonString());
            if (result.Count > 0 && size + length > bytes)
            {
                break;
            }

            size += length;
            result.Add(json);
        }

        return result;
    }

    internal static bool IsKnownQueryKey(JsonObject query, out string? bad)
    {
        bad = null;
        var exclusive = new[] { "dscoIncludeAccountIds", "dscoIncludeTradingPartnerIds", "dscoExcludeAccountIds", "dscoExcludeTradingPartnerIds" };
        var used = exclusive.Where(k => query[k] is JsonArray a && a.Count > 0).ToList();
        if (used.Count > 1)
        {
            bad = $"Only one of {string.Join(", ", exclusive)} may be used, got {string.Join(" and ", used)}.";
            return false;
        }

        foreach (var (name, allowed) in new[]
        {
            ("statuses", OrderStatuses),
            ("orderTypes", new[] { "dropship", "wholesale", "marketplace" }),
            ("dscoLifecycle", new[] { "received", "created", "acknowledged", "completed" }),
        })
        {
            if (query[name] is JsonNode node)
            {
                if (node is not JsonArray array || array.Any(v => v is null || v.GetValueKind() != JsonValueKind.String || !allowed.Contains(v.GetValue<string>())))
                {
                    bad = $"query.{name} must be an array of {string.Join(", ", allowed)}, got {node.ToJsonString()}.";
                    return false;
                }
            }
        }

        return true;
    }
}
