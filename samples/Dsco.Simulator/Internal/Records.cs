using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace Dsco.Simulator.Internal;

/// <summary>Everything DSCO holds for one supplier account. Guarded by <see cref="SimulatorState"/>'s lock.</summary>
internal sealed class Account
{
    public Account(string supplierId, string? token, string? clientId, string? clientSecret)
    {
        SupplierId = supplierId;
        Token = token;
        ClientId = clientId;
        ClientSecret = clientSecret;
    }

    public string SupplierId { get; }

    public string? Token { get; }

    public string? ClientId { get; }

    public string? ClientSecret { get; }

    public string SupplierName { get; set; } = "Demo Supplier";

    public List<JsonObject> Orders { get; } = [];

    public List<CatalogItem> Catalog { get; } = [];

    /// <summary>Latest inventory per catalog sku.</summary>
    public Dictionary<string, InventoryRecord> Inventory { get; } = new(StringComparer.Ordinal);

    public List<JsonObject> Invoices { get; } = [];

    public List<ShipmentRecord> Shipments { get; } = [];

    public List<StreamRecord> Streams { get; } = [];

    public List<LogEntry> Logs { get; } = [];

    public Dictionary<string, AsyncJob> Jobs { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, LargeUpload> Uploads { get; } = new(StringComparer.Ordinal);
}

internal sealed record CatalogItem(string Sku, string DscoItemId, string? Upc, string? PartnerSku, string? Title);

internal sealed class InventoryRecord
{
    public required CatalogItem Item { get; init; }

    public required JsonObject Document { get; set; }

    public required DateTimeOffset UpdatedAt { get; set; }
}

internal sealed record ShipmentRecord(string DscoOrderId, string PoNumber, JsonObject Shipment, string OperationId, DateTimeOffset RecordedAt);

internal sealed class StreamRecord
{
    public required string Id { get; init; }

    public required string ObjectType { get; init; }

    public string? Description { get; set; }

    public required JsonObject Query { get; set; }

    public JsonObject? MaxEvents { get; set; }

    public int StreamVersion { get; set; } = 1;

    public List<PartitionRecord> Partitions { get; } = [];

    public int ActivePartitionCount => Partitions.FindAll(p => p.Active).Count;
}

internal sealed class PartitionRecord
{
    public required int PartitionId { get; init; }

    public bool Active { get; set; } = true;

    public required string Position { get; set; }

    public string? OwnerId { get; set; }

    public DateTimeOffset LastUpdate { get; set; }

    public List<StreamEventRecord> Events { get; } = [];
}

internal sealed record StreamEventRecord(string Id, JsonNode Payload, string Source, string? EventReason, int PartitionId, int StreamVersion);

/// <summary>Which change log an entry belongs to.</summary>
internal enum LogKind
{
    Order,
    Invoice,
    Inventory,
}

internal sealed class LogEntry
{
    public required LogKind Kind { get; init; }

    public required string RequestId { get; init; }

    public required string OperationId { get; init; }

    public required JsonNode Payload { get; init; }

    public string Status { get; set; } = "pending";

    public DateTimeOffset DateProcessed { get; set; }

    public List<SimMessage> Results { get; } = [];
}

/// <summary>Queued work of an async call; runs once the simulated processing delay has passed.</summary>
internal sealed class AsyncJob
{
    public required string RequestId { get; init; }

    public required LogKind Kind { get; init; }

    public required DateTimeOffset DueAt { get; set; }

    /// <summary>False while a large batch waits for its upload.</summary>
    public bool Ready { get; set; } = true;

    public bool Completed { get; set; }

    public List<(LogEntry Entry, Action<Account, LogEntry> Process)> Items { get; } = [];
}

internal sealed class LargeUpload
{
    public required string RequestId { get; init; }

    public required string Signature { get; init; }

    public required bool SkipItemsThatDontExist { get; init; }

    public string? ContentHash { get; set; }
}
