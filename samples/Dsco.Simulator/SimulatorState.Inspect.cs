using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Dsco.Simulator.Internal;

namespace Dsco.Simulator;

public sealed partial class SimulatorState
{
    /// <summary>The supplier's orders (demo supplier by default), oldest first.</summary>
    public IReadOnlyList<SimOrder> Orders(string? supplierId = null) => Read(supplierId, a => a.Orders.Select(ToOrder).ToList());

    /// <summary>One order by dscoOrderId, or null.</summary>
    public SimOrder? Order(string dscoOrderId, string? supplierId = null) =>
        Read(supplierId, a => a.Orders.Where(o => DscoHttp.Str(o, "dscoOrderId") == dscoOrderId).Select(ToOrder).FirstOrDefault());

    /// <summary>Every shipment DSCO accepted, in arrival order.</summary>
    public IReadOnlyList<SimShipment> Shipments(string? supplierId = null) => Read(supplierId, a => a.Shipments.Select(s => new SimShipment(
        s.DscoOrderId, s.PoNumber, DscoHttp.Str(s.Shipment, "trackingNumber") ?? "", DscoHttp.Str(s.Shipment, "shipCarrier"),
        DscoHttp.Str(s.Shipment, "shipMethod"), DscoHttp.Str(s.Shipment, "shippingServiceLevelCode"), s.OperationId, s.RecordedAt,
        (JsonObject)s.Shipment.DeepClone())).ToList());

    /// <summary>Every invoice DSCO accepted.</summary>
    public IReadOnlyList<SimInvoice> Invoices(string? supplierId = null) => Read(supplierId, a => a.Invoices.Select(i => new SimInvoice(
        DscoHttp.Str(i, "invoiceId") ?? "", DscoHttp.Str(i, "dscoInvoiceId") ?? "", DscoHttp.Str(i, "dscoOrderId"),
        DscoHttp.Num(i, "totalAmount") ?? 0, (JsonObject)i.DeepClone())).ToList());

    /// <summary>The latest inventory DSCO holds per catalog sku.</summary>
    public IReadOnlyList<SimInventory> Inventory(string? supplierId = null) => Read(supplierId, a => a.Inventory.Values.Select(r => new SimInventory(
        r.Item.Sku, r.Item.DscoItemId, DscoHttp.Str(r.Document, "status") ?? "", (int)(DscoHttp.Num(r.Document, "quantityAvailable") ?? 0),
        (r.Document["warehouses"] as JsonArray ?? []).Where(w => DscoHttp.Str(w, "code") is not null)
            .GroupBy(w => DscoHttp.Str(w, "code")!)
            .ToDictionary(g => g.Key, g => (int)g.Sum(w => DscoHttp.Num(w, "quantity") ?? 0)),
        r.UpdatedAt, (JsonObject)r.Document.DeepClone())).ToList());

    /// <summary>The supplier's catalog (sku → dscoItemId).</summary>
    public IReadOnlyDictionary<string, string> Catalog(string? supplierId = null) => Read(supplierId, a => a.Catalog.ToDictionary(c => c.Sku, c => c.DscoItemId));

    /// <summary>Streams with their partitions' positions and event counts.</summary>
    public IReadOnlyList<SimStreamInfo> Streams(string? supplierId = null) => Read(supplierId, a => a.Streams.Select(s => new SimStreamInfo(
        s.Id, s.ObjectType, s.ActivePartitionCount, (JsonObject)s.Query.DeepClone(),
        s.Partitions.Select(p => new SimPartition(p.PartitionId, p.Active ? "active" : "inactive", p.Position,
            p.Events.Count > 0 ? p.Events[^1].Id : p.Position, p.Events.Count,
            p.Events.Select(e => DscoHttp.Str(e.Payload, "dscoOrderId") ?? DscoHttp.Str(e.Payload, "invoiceId") ?? DscoHttp.Str(e.Payload, "sku") ?? "").ToList()))
            .ToList())).ToList());

    /// <summary>Change-log entries (order, invoice and inventory logs), oldest first.</summary>
    public IReadOnlyList<SimChangeLogEntry> ChangeLog(string? supplierId = null) => Read(supplierId, a => a.Logs.Select(l => new SimChangeLogEntry(
        l.Kind.ToString().ToLowerInvariant(), l.RequestId, l.OperationId, l.Status, l.Payload.DeepClone(), l.Results.ToList(), l.DateProcessed)).ToList());

    /// <summary>Whether the async request has been processed (false while the processing delay runs or a large batch awaits its upload).</summary>
    public bool IsRequestCompleted(string requestId, string? supplierId = null) =>
        Read(supplierId, a => a.Jobs.TryGetValue(requestId, out var job) && job.Completed);

    private T Read<T>(string? supplierId, Func<Account, T> read)
    {
        ProcessDueJobs();
        lock (Gate)
        {
            return read(GetAccount(supplierId));
        }
    }

    private static SimOrder ToOrder(JsonObject o) => new(
        DscoHttp.Str(o, "dscoOrderId") ?? "",
        DscoHttp.Str(o, "poNumber") ?? "",
        DscoHttp.Str(o, "dscoStatus") ?? "",
        DscoHttp.Str(o, "dscoLifecycle") ?? "",
        DscoHttp.Str(o, "supplierOrderNumber"),
        (o["packages"] as JsonArray ?? []).Select(p => DscoHttp.Str(p, "trackingNumber") ?? "").ToList(),
        (JsonObject)o.DeepClone());

    /// <summary>The whole state as JSON for <c>GET /_simulator/state</c> (never contains tokens or secrets).</summary>
    internal JsonObject ToJson()
    {
        ProcessDueJobs();
        lock (Gate)
        {
            var accounts = new JsonArray();
            foreach (var a in Accounts)
            {
                accounts.Add(new JsonObject
                {
                    ["supplierId"] = a.SupplierId,
                    ["orders"] = new JsonArray(a.Orders.Select(o => (JsonNode)o.DeepClone()).ToArray()),
                    ["catalog"] = new JsonArray(a.Catalog.Select(c => (JsonNode)new JsonObject
                    {
                        ["sku"] = c.Sku, ["dscoItemId"] = c.DscoItemId, ["upc"] = c.Upc, ["partnerSku"] = c.PartnerSku, ["title"] = c.Title,
                    }).ToArray()),
                    ["inventory"] = new JsonArray(a.Inventory.Values.Select(r => (JsonNode)r.Document.DeepClone()).ToArray()),
                    ["invoices"] = new JsonArray(a.Invoices.Select(i => (JsonNode)i.DeepClone()).ToArray()),
                    ["shipments"] = new JsonArray(a.Shipments.Select(s => (JsonNode)new JsonObject
                    {
                        ["dscoOrderId"] = s.DscoOrderId, ["operationId"] = s.OperationId, ["recordedAt"] = DscoHttp.Iso(s.RecordedAt), ["shipment"] = s.Shipment.DeepClone(),
                    }).ToArray()),
                    ["streams"] = new JsonArray(a.Streams.Select(s =>
                    {
                        var json = StreamJson(s);
                        foreach (var p in ((JsonArray)json["partitions"]!).OfType<JsonObject>())
                        {
                            p["eventCount"] = s.Partitions.First(x => x.PartitionId == (int)p["partitionId"]!).Events.Count;
                        }

                        return (JsonNode)json;
                    }).ToArray()),
                    ["changeLog"] = new JsonArray(a.Logs.Select(l =>
                    {
                        var json = LogJson(l);
                        json["log"] = l.Kind.ToString().ToLowerInvariant();
                        return (JsonNode)json;
                    }).ToArray()),
                });
            }

            return new JsonObject
            {
                ["note"] = "Simulator inspection endpoint; not part of the DSCO API.",
                ["now"] = DscoHttp.Iso(Now),
                ["requestCounts"] = new JsonObject(_requestCounts.OrderBy(k => k.Key, StringComparer.Ordinal)
                    .Select(k => KeyValuePair.Create(k.Key, (JsonNode?)k.Value))),
                ["accounts"] = accounts,
            };
        }
    }
}

/// <summary>An order as DSCO holds it.</summary>
/// <param name="DscoOrderId">DSCO's order id.</param>
/// <param name="PoNumber">Retailer PO number.</param>
/// <param name="Status">dscoStatus: created, shipment_pending, shipped, cancelled.</param>
/// <param name="Lifecycle">dscoLifecycle: created, acknowledged, completed.</param>
/// <param name="SupplierOrderNumber">Set by acknowledge.</param>
/// <param name="PackageTrackingNumbers">Tracking numbers of the packages recorded on the order.</param>
/// <param name="Document">The full Order JSON (a copy).</param>
public sealed record SimOrder(string DscoOrderId, string PoNumber, string Status, string Lifecycle, string? SupplierOrderNumber,
    IReadOnlyList<string> PackageTrackingNumbers, JsonObject Document);

/// <summary>A shipment DSCO accepted.</summary>
/// <param name="DscoOrderId">Order shipped.</param>
/// <param name="PoNumber">Its PO number.</param>
/// <param name="TrackingNumber">Tracking number.</param>
/// <param name="ShipCarrier">Carrier sent.</param>
/// <param name="ShipMethod">Method sent.</param>
/// <param name="ShippingServiceLevelCode">Service level sent.</param>
/// <param name="OperationId">singleShipment or createShipmentSmallBatch.</param>
/// <param name="RecordedAt">Simulator time it was recorded.</param>
/// <param name="Document">The ShipmentForUpdate JSON as sent (a copy).</param>
public sealed record SimShipment(string DscoOrderId, string PoNumber, string TrackingNumber, string? ShipCarrier, string? ShipMethod,
    string? ShippingServiceLevelCode, string OperationId, DateTimeOffset RecordedAt, JsonObject Document);

/// <summary>An invoice DSCO accepted.</summary>
/// <param name="InvoiceId">The supplier's invoice number.</param>
/// <param name="DscoInvoiceId">DSCO's id.</param>
/// <param name="DscoOrderId">Order invoiced.</param>
/// <param name="TotalAmount">totalAmount sent.</param>
/// <param name="Document">Invoice JSON as stored (a copy).</param>
public sealed record SimInvoice(string InvoiceId, string DscoInvoiceId, string? DscoOrderId, decimal TotalAmount, JsonObject Document);

/// <summary>The latest inventory for a catalog item.</summary>
/// <param name="Sku">Catalog sku.</param>
/// <param name="DscoItemId">DSCO item id.</param>
/// <param name="Status">in-stock, out-of-stock, discontinued or hidden.</param>
/// <param name="QuantityAvailable">Quantity available.</param>
/// <param name="Warehouses">Quantity per warehouse code.</param>
/// <param name="UpdatedAt">When it was last written.</param>
/// <param name="Document">ItemInventory JSON as stored (a copy).</param>
public sealed record SimInventory(string Sku, string DscoItemId, string Status, int QuantityAvailable, IReadOnlyDictionary<string, int> Warehouses,
    DateTimeOffset UpdatedAt, JsonObject Document);

/// <summary>A stream and its partitions.</summary>
/// <param name="Id">Stream id.</param>
/// <param name="ObjectType">order, invoice, inventory…</param>
/// <param name="NumPartitions">Active partitions.</param>
/// <param name="Query">The stream's query.</param>
/// <param name="Partitions">Partitions.</param>
public sealed record SimStreamInfo(string Id, string ObjectType, int NumPartitions, JsonObject Query, IReadOnlyList<SimPartition> Partitions);

/// <summary>A stream partition.</summary>
/// <param name="PartitionId">Partition id (0-based).</param>
/// <param name="Status">active or inactive.</param>
/// <param name="Position">Checkpoint set by Update Stream Position.</param>
/// <param name="MaxPosition">Id of the newest event.</param>
/// <param name="EventCount">Events in the partition.</param>
/// <param name="EventKeys">dscoOrderId / invoiceId / sku of each event, in order.</param>
public sealed record SimPartition(int PartitionId, string Status, string Position, string MaxPosition, int EventCount, IReadOnlyList<string> EventKeys);

/// <summary>One change-log entry.</summary>
/// <param name="Log">order, invoice or inventory.</param>
/// <param name="RequestId">requestId of the async call.</param>
/// <param name="OperationId">Operation that queued it.</param>
/// <param name="Status">pending, success or failure.</param>
/// <param name="Payload">The object sent.</param>
/// <param name="Results">Messages.</param>
/// <param name="DateProcessed">When it was processed (or received while pending).</param>
public sealed record SimChangeLogEntry(string Log, string RequestId, string OperationId, string Status, JsonNode Payload, IReadOnlyList<SimMessage> Results, DateTimeOffset DateProcessed);
