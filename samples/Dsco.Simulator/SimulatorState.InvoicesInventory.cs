using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dsco.Simulator.Internal;

namespace Dsco.Simulator;

public sealed partial class SimulatorState
{
    private static readonly string[] InventoryStatuses = ["in-stock", "out-of-stock", "discontinued", "hidden"];

    /// <summary>Adds an item to a supplier's DSCO catalog, so inventory for its sku is accepted.</summary>
    public void AddCatalogItem(string sku, string dscoItemId, string? upc = null, string? partnerSku = null, string? title = null, string? supplierId = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(sku);
        ArgumentException.ThrowIfNullOrEmpty(dscoItemId);
        lock (Gate)
        {
            var account = GetAccount(supplierId);
            if (account.Catalog.Any(c => c.Sku == sku || c.DscoItemId == dscoItemId))
            {
                throw new InvalidOperationException($"Catalog already has sku '{sku}' or dscoItemId '{dscoItemId}'.");
            }

            account.Catalog.Add(new CatalogItem(sku, dscoItemId, upc, partnerSku, title));
        }
    }

    // ---------------------------------------------------------------- invoices

    /// <summary>Validates one Invoice and, when valid and <paramref name="apply"/>, stores it.</summary>
    internal List<SimMessage> ApplyInvoice(Account account, JsonNode? payload, bool apply, ISet<string>? batchInvoiceIds = null)
    {
        var errors = new List<SimMessage>();
        if (payload is not JsonObject invoice)
        {
            errors.Add(SimMessage.Error("INVALID_BODY", "An invoice must be a JSON object."));
            return errors;
        }

        var invoiceId = DscoHttp.Str(invoice, "invoiceId");
        if (string.IsNullOrWhiteSpace(invoiceId))
        {
            errors.Add(SimMessage.Error("MISSING_INVOICE_ID", $"invoiceId is required, got {DscoHttp.Describe(invoice, "invoiceId")}."));
        }
        else if (account.Invoices.Any(i => DscoHttp.Str(i, "invoiceId") == invoiceId) || (batchInvoiceIds is not null && batchInvoiceIds.Contains(invoiceId)))
        {
            errors.Add(SimMessage.Error("DUPLICATE_INVOICE",
                $"invoiceId '{invoiceId}' already exists for supplier {account.SupplierId}; an invoice number may be used once."));
        }

        if (DscoHttp.Num(invoice, "totalAmount") is null)
        {
            errors.Add(SimMessage.Error("MISSING_TOTAL_AMOUNT", $"totalAmount is required and must be a number, got {DscoHttp.Describe(invoice, "totalAmount")}."));
        }

        JsonObject? order = null;
        var dscoOrderId = DscoHttp.Str(invoice, "dscoOrderId");
        var poNumber = DscoHttp.Str(invoice, "poNumber");
        var supplierOrderNumber = DscoHttp.Str(invoice, "supplierOrderNumber");
        if (dscoOrderId is null && poNumber is null && supplierOrderNumber is null)
        {
            errors.Add(SimMessage.Error("MISSING_ORDER_ID", "One of dscoOrderId, poNumber or supplierOrderNumber is required."));
        }
        else
        {
            order = dscoOrderId is not null ? FindOrder(account, "dscoOrderId", dscoOrderId)
                : poNumber is not null ? FindOrder(account, "poNumber", poNumber)
                : FindOrder(account, "supplierOrderNumber", supplierOrderNumber!);
            if (order is null)
            {
                errors.Add(SimMessage.Error("ORDER_NOT_FOUND",
                    $"No order with {(dscoOrderId is not null ? "dscoOrderId" : poNumber is not null ? "poNumber" : "supplierOrderNumber")} '{dscoOrderId ?? poNumber ?? supplierOrderNumber}' exists for supplier {account.SupplierId}."));
            }
        }

        if (invoice["lineItems"] is JsonNode linesNode)
        {
            if (linesNode is not JsonArray lines)
            {
                errors.Add(SimMessage.Error("INVALID_LINE_ITEMS", "lineItems must be an array."));
            }
            else
            {
                for (var i = 0; i < lines.Count; i++)
                {
                    var line = lines[i];
                    var quantity = DscoHttp.Num(line, "quantity");
                    if (quantity is null || quantity != decimal.Truncate(quantity.Value))
                    {
                        errors.Add(SimMessage.Error("MISSING_QUANTITY", $"lineItems[{i}].quantity is required and must be an integer, got {DscoHttp.Describe(line, "quantity")}."));
                    }

                    if (DscoHttp.Num(line, "unitPrice") is null)
                    {
                        errors.Add(SimMessage.Error("MISSING_UNIT_PRICE", $"lineItems[{i}].unitPrice is required and must be a number, got {DscoHttp.Describe(line, "unitPrice")}."));
                    }

                    if (!ItemIdFields.Any(f => !string.IsNullOrWhiteSpace(DscoHttp.Str(line, f))))
                    {
                        errors.Add(SimMessage.Error("MISSING_ITEM_ID", $"lineItems[{i}]: one of dscoItemId, sku, partnerSku, upc or ean is required."));
                    }
                }
            }
        }

        if (errors.Count > 0 || !apply)
        {
            return errors;
        }

        var now = Now;
        var stored = (JsonObject)invoice.DeepClone();
        stored["dscoInvoiceId"] = NextInvoiceId();
        stored["dscoSupplierId"] = account.SupplierId;
        stored["dscoOrderId"] ??= DscoHttp.Str(order, "dscoOrderId");
        stored["poNumber"] ??= DscoHttp.Str(order, "poNumber");
        stored["dscoRetailerId"] = DscoHttp.Str(order, "dscoRetailerId");
        stored["dscoTradingPartnerId"] = DscoHttp.Str(order, "dscoTradingPartnerId");
        stored["consumerOrderNumber"] ??= DscoHttp.Str(order, "consumerOrderNumber");
        stored["createDate"] = DscoHttp.Iso(now);
        stored["lastUpdate"] = DscoHttp.Iso(now);
        account.Invoices.Add(stored);
        batchInvoiceIds?.Add(invoiceId!);
        EmitEvent(account, "invoice", invoiceId!, stored, null, "new");
        return errors;
    }

    internal static IEnumerable<JsonObject> FindInvoices(Account account, string key, string value) => account.Invoices.Where(i => key switch
    {
        "trackingNumber" => DscoHttp.Str(i["ship"], "trackingNumber") == value,
        _ => DscoHttp.Str(i, key) == value,
    });

    // ---------------------------------------------------------------- inventory

    /// <summary>The catalog item an inventory update refers to: by dscoItemId when given, else by sku.</summary>
    internal static CatalogItem? FindInventoryItem(Account account, JsonNode? item, out string? conflict)
    {
        conflict = null;
        var sku = DscoHttp.Str(item, "sku");
        var dscoItemId = DscoHttp.Str(item, "dscoItemId");
        var bySku = sku is null ? null : account.Catalog.FirstOrDefault(c => c.Sku == sku);
        if (string.IsNullOrWhiteSpace(dscoItemId))
        {
            return bySku;
        }

        var byId = account.Catalog.FirstOrDefault(c => c.DscoItemId == dscoItemId);
        if (byId is not null && bySku is not null && !ReferenceEquals(byId, bySku))
        {
            conflict = $"sku '{sku}' is dscoItemId {bySku.DscoItemId}, not the dscoItemId '{dscoItemId}' sent with it.";
            return null;
        }

        return byId;
    }

    /// <summary>Validates one ItemInventory and, when valid and <paramref name="apply"/>, stores it. Warnings are returned too.</summary>
    internal List<SimMessage> ApplyInventory(Account account, JsonNode? payload, bool apply)
    {
        var messages = new List<SimMessage>();
        if (payload is not JsonObject item)
        {
            messages.Add(SimMessage.Error("INVALID_BODY", "An inventory item must be a JSON object."));
            return messages;
        }

        var sku = DscoHttp.Str(item, "sku");
        if (string.IsNullOrWhiteSpace(sku))
        {
            messages.Add(SimMessage.Error("MISSING_SKU", $"sku is required, got {DscoHttp.Describe(item, "sku")}."));
        }
        else if (sku.Length > 90)
        {
            messages.Add(SimMessage.Error("INVALID_SKU", $"sku '{sku}' is {sku.Length} characters; at most 90 are allowed."));
        }

        var status = DscoHttp.Str(item, "status");
        if (status is null)
        {
            messages.Add(SimMessage.Error("MISSING_STATUS", $"status is required (one of {string.Join(", ", InventoryStatuses)})."));
        }
        else if (!InventoryStatuses.Contains(status))
        {
            messages.Add(SimMessage.Error("INVALID_STATUS", $"status '{status}' is not one of {string.Join(", ", InventoryStatuses)}."));
        }

        var quantityAvailable = DscoHttp.Num(item, "quantityAvailable");
        if (DscoHttp.Has(item, "quantityAvailable") && (quantityAvailable is null || quantityAvailable < 0 || quantityAvailable != decimal.Truncate(quantityAvailable.Value)))
        {
            messages.Add(SimMessage.Error("INVALID_QUANTITY", $"quantityAvailable must be a non-negative integer, got {DscoHttp.Describe(item, "quantityAvailable")}."));
        }

        decimal? warehouseSum = null;
        if (item["warehouses"] is not JsonArray warehouses || warehouses.Count == 0)
        {
            messages.Add(SimMessage.Error("MISSING_WAREHOUSES", "warehouses is required and must contain at least one warehouse with a code."));
        }
        else
        {
            for (var w = 0; w < warehouses.Count; w++)
            {
                var warehouse = warehouses[w];
                if (string.IsNullOrWhiteSpace(DscoHttp.Str(warehouse, "code")))
                {
                    messages.Add(SimMessage.Error("MISSING_WAREHOUSE_CODE", $"warehouses[{w}].code is required, got {DscoHttp.Describe(warehouse, "code")}."));
                }

                if (DscoHttp.Has(warehouse, "quantity"))
                {
                    var q = DscoHttp.Num(warehouse, "quantity");
                    if (q is null || q < 0 || q != decimal.Truncate(q.Value))
                    {
                        messages.Add(SimMessage.Error("INVALID_QUANTITY", $"warehouses[{w}].quantity must be a non-negative integer, got {DscoHttp.Describe(warehouse, "quantity")}."));
                    }
                    else
                    {
                        warehouseSum = (warehouseSum ?? 0) + q.Value;
                    }
                }
            }
        }

        if (!DscoHttp.Has(item, "quantityAvailable") && warehouseSum is null)
        {
            messages.Add(SimMessage.Error("MISSING_QUANTITY", "A quantity is required: quantityAvailable or warehouses[].quantity."));
        }
        else if (quantityAvailable is not null && warehouseSum is not null && quantityAvailable != warehouseSum)
        {
            messages.Add(SimMessage.Error("QUANTITY_MISMATCH",
                $"quantityAvailable {quantityAvailable} must equal the sum of warehouses[].quantity, which is {warehouseSum}."));
        }

        if (DscoHttp.Num(item, "cost") is { } cost)
        {
            if (cost < 0)
            {
                messages.Add(SimMessage.Error("INVALID_COST", $"cost must not be negative, got {cost}."));
            }
            else if (decimal.Round(cost, 2) != cost)
            {
                messages.Add(SimMessage.Warn("COST_PRECISION", $"cost {cost} has more than 2 decimal places."));
            }
        }

        CatalogItem? catalog = null;
        if (!string.IsNullOrWhiteSpace(sku))
        {
            catalog = FindInventoryItem(account, item, out var conflict);
            if (conflict is not null)
            {
                messages.Add(SimMessage.Error("ITEM_MISMATCH", conflict));
            }
            else if (catalog is null)
            {
                var dscoItemId = DscoHttp.Str(item, "dscoItemId");
                messages.Add(SimMessage.Error("ITEM_NOT_FOUND",
                    $"item not found: no catalog item with {(string.IsNullOrWhiteSpace(dscoItemId) ? $"sku '{sku}'" : $"dscoItemId '{dscoItemId}' (sku '{sku}')")} for supplier {account.SupplierId}."));
            }
        }

        if (messages.Any(m => m.Severity == "error") || !apply || catalog is null)
        {
            return messages;
        }

        var now = Now;
        var stored = (JsonObject)item.DeepClone();
        stored["dscoItemId"] = catalog.DscoItemId;
        stored["quantityAvailable"] = (int)(quantityAvailable ?? warehouseSum ?? 0);
        stored["dscoSupplierId"] = account.SupplierId;
        stored["dscoLastQuantityUpdateDate"] = DscoHttp.Iso(now);
        stored["dscoLastUpdateDate"] = DscoHttp.Iso(now);
        var created = !account.Inventory.ContainsKey(catalog.Sku);
        account.Inventory[catalog.Sku] = new InventoryRecord { Item = catalog, Document = stored, UpdatedAt = now };
        EmitEvent(account, "inventory", catalog.Sku, stored, created ? "inventory_object_created" : "inventory_attribute_changed");
        return messages;
    }

    internal static bool IsKnownItem(Account account, JsonNode? item) => FindInventoryItem(account, item, out _) is not null;

    // ---------------------------------------------------------------- change logs

    /// <summary>Queues async work; with no processing delay it runs before the 202 goes out.</summary>
    internal AsyncJob QueueJob(Account account, LogKind kind, string operationId, IEnumerable<(JsonNode Payload, Action<Account, LogEntry> Process)> items, string? requestId = null, bool ready = true)
    {
        var now = Now;
        var job = new AsyncJob
        {
            RequestId = requestId ?? DscoHttp.NewRequestId(),
            Kind = kind,
            DueAt = now + Options.AsyncProcessingDelay,
            Ready = ready,
        };
        AddJobItems(account, job, operationId, items);
        account.Jobs[job.RequestId] = job;
        if (ready)
        {
            ProcessDueJobs();
        }

        return job;
    }

    internal void AddJobItems(Account account, AsyncJob job, string operationId, IEnumerable<(JsonNode Payload, Action<Account, LogEntry> Process)> items)
    {
        foreach (var (payload, process) in items)
        {
            var entry = new LogEntry { Kind = job.Kind, RequestId = job.RequestId, OperationId = operationId, Payload = payload.DeepClone(), DateProcessed = Now };
            account.Logs.Add(entry);
            job.Items.Add((entry, process));
        }
    }

    internal static JsonObject LogJson(LogEntry entry) => new()
    {
        ["payload"] = entry.Payload.DeepClone(),
        ["dateProcessed"] = DscoHttp.Iso(entry.DateProcessed),
        ["status"] = entry.Status,
        ["requestMethod"] = "api",
        ["requestMethodDetail"] = entry.OperationId,
        ["requestId"] = entry.RequestId,
        ["results"] = new JsonArray(entry.Results.Select(r => (JsonNode)r.ToJson()).ToArray()),
    };
}
