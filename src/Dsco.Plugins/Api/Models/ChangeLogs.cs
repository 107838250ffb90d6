using System;
using System.Collections.Generic;
using Dsco.Plugins.Api.Internal;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Dsco.Plugins.Api.Models;

/// <summary>Query of the change-log APIs. Without <see cref="ScrollId"/>, give <see cref="RequestId"/> or both dates.</summary>
public sealed class ChangeLogRequest
{
    /// <summary>Continue paging (all other fields are then ignored).</summary>
    public string? ScrollId { get; set; }
    /// <summary>The requestId of an async call.</summary>
    public string? RequestId { get; set; }
    /// <summary>Inclusive start.</summary>
    public DateTimeOffset? StartDate { get; set; }
    /// <summary>Exclusive end.</summary>
    public DateTimeOffset? EndDate { get; set; }
    /// <summary><c>pending</c>, <c>success</c>, <c>failure</c> or <c>success_or_failure</c>.</summary>
    public string? Status { get; set; }
}

/// <summary>A change-log page. Batch <see cref="Status"/> is UPPERCASE (<c>PROCESSING</c>/<c>COMPLETED</c>).</summary>
public sealed class ChangeLogResponse<TEntry>
{
    /// <summary>Next page token.</summary>
    [JsonProperty("scrollId")] public string? ScrollId { get; set; }
    /// <summary><c>PROCESSING</c> or <c>COMPLETED</c> when queried by requestId.</summary>
    [JsonProperty("status")] public string? Status { get; set; }
    /// <summary>One entry per processed object; empty page = end.</summary>
    [JsonProperty("logs")] public IList<TEntry> Logs { get; set; } = new List<TEntry>();
}

/// <summary>Common fields of a change-log entry. Entry <see cref="Status"/> is lowercase.</summary>
public abstract class ChangeLogEntryBase
{
    /// <summary>When DSCO processed it.</summary>
    [JsonProperty("dateProcessed")] public DateTimeOffset? DateProcessed { get; set; }
    /// <summary><c>pending</c>, <c>success</c> or <c>failure</c>.</summary>
    [JsonProperty("status")] public string? Status { get; set; }
    /// <summary><c>api</c>, <c>portal</c> or <c>file</c>.</summary>
    [JsonProperty("requestMethod")] public string? RequestMethod { get; set; }
    /// <summary>String or object.</summary>
    [JsonProperty("requestMethodDetail")] public JToken? RequestMethodDetail { get; set; }
    /// <summary>The request id.</summary>
    [JsonProperty("requestId")] public string? RequestId { get; set; }
    /// <summary>Process id (file changes).</summary>
    [JsonProperty("processId")] public string? ProcessId { get; set; }
    /// <summary>Why it failed, or other messages.</summary>
    [JsonProperty("results")] public IList<ApiResponseMessage>? Results { get; set; }
}

/// <summary>An inventory change-log entry.</summary>
public sealed class ItemInventoryChangeLog : ChangeLogEntryBase
{
    /// <summary>The item as sent.</summary>
    [JsonProperty("payload")] public ItemInventory? Payload { get; set; }
}

/// <summary>An invoice change-log entry.</summary>
public sealed class InvoiceChangeLog : ChangeLogEntryBase
{
    /// <summary>The invoice as sent.</summary>
    [JsonProperty("payload")] public Invoice? Payload { get; set; }
}

/// <summary>Which variant an order change-log payload is.</summary>
public enum OrderChangeLogPayloadKind
{
    /// <summary>Not recognised.</summary>
    Unknown,
    /// <summary>A whole order.</summary>
    Order,
    /// <summary>An acknowledge (<c>id</c>, <c>type</c>, <c>supplierOrderNumber</c>).</summary>
    Acknowledge,
    /// <summary>A line cancel (<c>id</c>, <c>type</c>, <c>lineItems</c>).</summary>
    Cancel,
    /// <summary>A shipment batch (<c>shipments</c>).</summary>
    Shipment,
}

/// <summary>An order change-log entry; the payload is an un-discriminated oneOf kept as JSON with typed accessors.</summary>
public sealed class OrderChangeLog : ChangeLogEntryBase
{
    /// <summary>The raw payload.</summary>
    [JsonProperty("payload")] public JObject? Payload { get; set; }

    /// <summary>Tells the variants apart by their properties.</summary>
    [JsonIgnore]
    public OrderChangeLogPayloadKind PayloadKind
    {
        get
        {
            if (Payload is null)
            {
                return OrderChangeLogPayloadKind.Unknown;
            }

            if (Payload["shipments"] is not null)
            {
                return OrderChangeLogPayloadKind.Shipment;
            }

            var hasIdType = Payload["id"] is not null && Payload["type"] is not null;
            if (hasIdType)
            {
                return Payload["lineItems"] is not null ? OrderChangeLogPayloadKind.Cancel : OrderChangeLogPayloadKind.Acknowledge;
            }

            return Payload["poNumber"] is not null || Payload["lineItems"] is not null
                ? OrderChangeLogPayloadKind.Order
                : OrderChangeLogPayloadKind.Unknown;
        }
    }

    /// <summary>The payload as an acknowledge, or null when it is another variant.</summary>
    public OrderId? AsAcknowledge() => PayloadKind == OrderChangeLogPayloadKind.Acknowledge ? Payload!.ToObject<OrderId>(DscoJson.Serializer) : null;

    /// <summary>The payload as shipments, or null when it is another variant.</summary>
    public ShipmentsForUpdate? AsShipments() => PayloadKind == OrderChangeLogPayloadKind.Shipment ? Payload!.ToObject<ShipmentsForUpdate>(DscoJson.Serializer) : null;

    /// <summary>The payload as an order, or null when it is another variant.</summary>
    public Order? AsOrder() => PayloadKind == OrderChangeLogPayloadKind.Order ? Payload!.ToObject<Order>(DscoJson.Serializer) : null;
}
