using System;
using System.Collections.Generic;
using Dsco.Plugins.Api.Internal;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Dsco.Plugins.Api.Models;

/// <summary>A DSCO stream (spec <c>Stream</c>; named StreamDefinition so it does not clash with System.IO.Stream). Required on create: <c>objectType</c>, <c>query</c>.</summary>
public sealed class StreamDefinition
{
    /// <summary>Server-assigned id.</summary>
    [JsonProperty("id")] public string? Id { get; set; }
    /// <summary>Description.</summary>
    [JsonProperty("description")] public string? Description { get; set; }
    /// <summary><c>order</c>, <c>invoice</c>, <c>inventory</c>, … (cannot change after creation).</summary>
    [JsonProperty("objectType")] public string ObjectType { get; set; } = string.Empty;
    /// <summary>Partitions (read only).</summary>
    [JsonProperty("partitions")] public IList<StreamPartition>? Partitions { get; set; }
    /// <summary>Number of partitions.</summary>
    [JsonProperty("numPartitions")] public int? NumPartitions { get; set; }
    /// <summary>Event page limits.</summary>
    [JsonProperty("maxEvents")] public StreamMaxEvents? MaxEvents { get; set; }
    /// <summary>Auto-incremented version.</summary>
    [JsonProperty("streamVersion")] public int? StreamVersion { get; set; }
    /// <summary>The query; use <see cref="OrderQuery"/> or <see cref="InvoiceQuery"/>, read back as JSON.</summary>
    [JsonProperty("query")] public JObject Query { get; set; } = new JObject();

    /// <summary>Sets <see cref="Query"/> from a typed query object.</summary>
    public StreamDefinition WithQuery(object query)
    {
        Query = JObject.FromObject(query, DscoJson.Serializer);
        return this;
    }
}

/// <summary>A stream partition and its read position.</summary>
public sealed class StreamPartition
{
    /// <summary>Partition id.</summary>
    [JsonProperty("partitionId")] public int PartitionId { get; set; }
    /// <summary><c>active</c> or <c>inactive</c>.</summary>
    [JsonProperty("status")] public string? Status { get; set; }
    /// <summary>Client-defined owner.</summary>
    [JsonProperty("ownerId")] public string? OwnerId { get; set; }
    /// <summary>Where the next event will be read from (opaque).</summary>
    [JsonProperty("position")] public string? Position { get; set; }
    /// <summary>Approximate newest position (up to a minute old).</summary>
    [JsonProperty("maxPosition")] public string? MaxPosition { get; set; }
    /// <summary>Last update.</summary>
    [JsonProperty("lastUpdate")] public DateTimeOffset? LastUpdate { get; set; }
}

/// <summary>Limits of one event page; the first limit hit wins.</summary>
public sealed class StreamMaxEvents
{
    /// <summary>1..10000, default 1000.</summary>
    [JsonProperty("objectCount")] public int? ObjectCount { get; set; }
    /// <summary>1024..4718592, default 4194304.</summary>
    [JsonProperty("numBytes")] public int? NumBytes { get; set; }
    /// <summary>1..22, default 22.</summary>
    [JsonProperty("durationSec")] public int? DurationSec { get; set; }
}

/// <summary>Query of an order stream. Omitting <see cref="OrderTypes"/> means dropship only.</summary>
public sealed class OrderQuery
{
    /// <summary>Always <c>order</c>.</summary>
    [JsonProperty("queryType")] public string QueryType { get; } = "order";
    /// <summary>Only these accounts (only one of the four include/exclude lists may be used).</summary>
    [JsonProperty("dscoIncludeAccountIds")] public IList<string>? DscoIncludeAccountIds { get; set; }
    /// <summary>Only these trading partners.</summary>
    [JsonProperty("dscoIncludeTradingPartnerIds")] public IList<string>? DscoIncludeTradingPartnerIds { get; set; }
    /// <summary>Not these accounts.</summary>
    [JsonProperty("dscoExcludeAccountIds")] public IList<string>? DscoExcludeAccountIds { get; set; }
    /// <summary>Not these trading partners.</summary>
    [JsonProperty("dscoExcludeTradingPartnerIds")] public IList<string>? DscoExcludeTradingPartnerIds { get; set; }
    /// <summary>Assortment id.</summary>
    [JsonProperty("assortmentId")] public string? AssortmentId { get; set; }
    /// <summary><c>created</c>, <c>shipment_pending</c>, <c>shipped</c>, <c>cancelled</c>.</summary>
    [JsonProperty("statuses")] public IList<string>? Statuses { get; set; }
    /// <summary>Lowercase <c>dropship</c>, <c>wholesale</c>, <c>marketplace</c>; default dropship only.</summary>
    [JsonProperty("orderTypes")] public IList<string>? OrderTypes { get; set; }
    /// <summary>Lifecycle filter.</summary>
    [JsonProperty("dscoLifecycle")] public IList<string>? DscoLifecycle { get; set; }
    /// <summary>Package span flag.</summary>
    [JsonProperty("packageSpanFlag")] public bool? PackageSpanFlag { get; set; }
    /// <summary>Only estimated-ship-date updates.</summary>
    [JsonProperty("estimatedShipDateUpdate")] public bool? EstimatedShipDateUpdate { get; set; }
    /// <summary>Only cancel-request events (which are filtered out otherwise).</summary>
    [JsonProperty("onlyIncludeCancelRequests")] public bool? OnlyIncludeCancelRequests { get; set; }
}

/// <summary>Query of an invoice stream.</summary>
public sealed class InvoiceQuery
{
    /// <summary>Always <c>invoice</c>.</summary>
    [JsonProperty("queryType")] public string QueryType { get; } = "invoice";
    /// <summary>Only these accounts.</summary>
    [JsonProperty("dscoIncludeAccountIds")] public IList<string>? DscoIncludeAccountIds { get; set; }
    /// <summary>Only these trading partners.</summary>
    [JsonProperty("dscoIncludeTradingPartnerIds")] public IList<string>? DscoIncludeTradingPartnerIds { get; set; }
    /// <summary>Not these accounts.</summary>
    [JsonProperty("dscoExcludeAccountIds")] public IList<string>? DscoExcludeAccountIds { get; set; }
    /// <summary>Not these trading partners.</summary>
    [JsonProperty("dscoExcludeTradingPartnerIds")] public IList<string>? DscoExcludeTradingPartnerIds { get; set; }
    /// <summary><c>new</c>, <c>update</c> (default both).</summary>
    [JsonProperty("eventTypes")] public IList<string>? EventTypes { get; set; }
}

/// <summary>A page of stream events. <typeparamref name="T"/> must match the stream's objectType (e.g. <see cref="Order"/>).</summary>
public sealed class StreamEventWrapper<T>
{
    /// <summary>Partition the events came from.</summary>
    [JsonProperty("partitionId")] public int PartitionId { get; set; }
    /// <summary>Partition owner.</summary>
    [JsonProperty("ownerId")] public string? OwnerId { get; set; }
    /// <summary>Events in order; empty when the partition is caught up.</summary>
    [JsonProperty("events")] public IList<StreamEvent<T>> Events { get; set; } = new List<StreamEvent<T>>();
}

/// <summary>One stream event. There is no event timestamp: use the payload's own dates.</summary>
public sealed class StreamEvent<T>
{
    /// <summary>Event id; valid as the next position.</summary>
    [JsonProperty("id")] public string Id { get; set; } = string.Empty;
    /// <summary>The object (un-discriminated in the spec; typed by the caller).</summary>
    [JsonProperty("payload")] public T? Payload { get; set; }
    /// <summary><c>stream</c> or <c>sync</c>.</summary>
    [JsonProperty("source")] public string? Source { get; set; }
    /// <summary>Why the event was produced; DSCO may send one string or an array.</summary>
    [JsonProperty("eventReasons")]
    [JsonConverter(typeof(SingleOrArrayConverter))]
    public IList<string>? EventReasons { get; set; }
    /// <summary>Partition id.</summary>
    [JsonProperty("partitionId")] public int? PartitionId { get; set; }
    /// <summary>Stream version.</summary>
    [JsonProperty("streamVersion")] public int? StreamVersion { get; set; }
}
