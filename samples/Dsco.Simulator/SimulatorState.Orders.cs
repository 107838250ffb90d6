using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using Dsco.Simulator.Internal;

namespace Dsco.Simulator;

public sealed partial class SimulatorState
{
    private static readonly string[] OrderStatuses = ["created", "shipment_pending", "shipped", "cancelled"];
    private static readonly string[] ItemIdFields = ["dscoItemId", "sku", "partnerSku", "upc", "ean"];

    /// <summary>
    /// Adds an order as a retailer would create it. Missing DSCO fields are filled in (dscoOrderId, dscoStatus
    /// <c>created</c>, lifecycle, dates, account ids, line numbers); order streams get a <c>create</c> event.
    /// </summary>
    /// <returns>The dscoOrderId.</returns>
    public string AddOrder(JsonObject order, string? supplierId = null)
    {
        ArgumentNullException.ThrowIfNull(order);
        lock (Gate)
        {
            return AddOrderUnlocked(GetAccount(supplierId), (JsonObject)order.DeepClone());
        }
    }

    internal string AddOrderUnlocked(Account account, JsonObject doc)
    {
        var now = Now;
        var id = DscoHttp.Str(doc, "dscoOrderId");
        if (id is null)
        {
            id = NextOrderId();
            doc["dscoOrderId"] = id;
        }
        else
        {
            ReserveOrderId(id);
        }

        if (account.Orders.Any(o => DscoHttp.Str(o, "dscoOrderId") == id))
        {
            throw new InvalidOperationException($"Order dscoOrderId '{id}' already exists.");
        }

        var status = DscoHttp.Str(doc, "dscoStatus") ?? "created";
        if (!OrderStatuses.Contains(status))
        {
            throw new ArgumentException($"dscoStatus '{status}' is not one of {string.Join(", ", OrderStatuses)}.", nameof(doc));
        }

        if (string.IsNullOrEmpty(DscoHttp.Str(doc, "poNumber")))
        {
            throw new ArgumentException("An order needs a poNumber.", nameof(doc));
        }

        doc["dscoStatus"] = status;
        doc["dscoLifecycle"] ??= LifecycleOf(status);
        doc["dscoSupplierId"] = account.SupplierId;
        doc["dscoSupplierName"] ??= account.SupplierName;
        doc["orderType"] ??= "Dropship";
        doc["testFlag"] ??= false;
        doc["dscoCreateDate"] ??= DscoHttp.Iso(now);
        doc["dscoLastUpdate"] ??= DscoHttp.Str(doc, "dscoCreateDate");
        doc["retailerCreateDate"] ??= DscoHttp.Str(doc, "dscoCreateDate");
        doc["packages"] ??= new JsonArray();
        if (doc["lineItems"] is not JsonArray lines || lines.Count == 0)
        {
            throw new ArgumentException("An order needs lineItems.", nameof(doc));
        }

        var number = 1;
        foreach (var line in lines.OfType<JsonObject>())
        {
            line["lineNumber"] ??= number;
            number = (int)(DscoHttp.Num(line, "lineNumber") ?? number) + 1;
            var quantity = (int)(DscoHttp.Num(line, "quantity") ?? throw new ArgumentException("Every line needs a quantity.", nameof(doc)));
            line["shippedQuantity"] ??= 0;
            line["remainingQuantity"] ??= quantity - (int)(DscoHttp.Num(line, "shippedQuantity") ?? 0);
        }

        doc["numberOfLineItems"] ??= lines.Count;
        account.Orders.Add(doc);
        EmitOrderEvent(account, doc, "create");
        return id;
    }

    /// <summary>
    /// Changes an order's status as DSCO or the retailer would (e.g. DSCO auto-acknowledging: <c>shipment_pending</c>).
    /// Sets the matching dscoLifecycle and emits an order stream event.
    /// </summary>
    public void SetOrderStatus(string dscoOrderId, string status, string? supplierId = null)
    {
        if (!OrderStatuses.Contains(status))
        {
            throw new ArgumentException($"Status '{status}' is not one of {string.Join(", ", OrderStatuses)}.", nameof(status));
        }

        lock (Gate)
        {
            var account = GetAccount(supplierId);
            var order = account.Orders.FirstOrDefault(o => DscoHttp.Str(o, "dscoOrderId") == dscoOrderId)
                ?? throw new KeyNotFoundException($"Order dscoOrderId '{dscoOrderId}' does not exist.");
            order["dscoStatus"] = status;
            order["dscoLifecycle"] = LifecycleOf(status);
            order["dscoLastUpdate"] = DscoHttp.Iso(Now);
            EmitOrderEvent(account, order, "update_status_lifecycle");
        }
    }

    internal static string LifecycleOf(string status) => status switch
    {
        "created" => "created",
        "shipment_pending" => "acknowledged",
        _ => "completed",
    };

    internal static DateTimeOffset DateOf(JsonObject doc, string field) =>
        DscoHttp.TryParseDate(DscoHttp.Str(doc, field), out var value) ? value : DateTimeOffset.MinValue;

    internal static JsonObject? FindOrder(Account account, string key, string value) => key switch
    {
        "dscoOrderId" or "DSCO_ORDER_ID" => account.Orders.FirstOrDefault(o => DscoHttp.Str(o, "dscoOrderId") == value),
        "poNumber" or "PO_NUMBER" => account.Orders.FirstOrDefault(o => DscoHttp.Str(o, "poNumber") == value),
        "supplierOrderNumber" or "SUPPLIER_ORDER_NUMBER" => account.Orders.FirstOrDefault(o => DscoHttp.Str(o, "supplierOrderNumber") == value),
        _ => null,
    };

    // ---------------------------------------------------------------- acknowledge

    internal void ProcessAcknowledge(Account account, LogEntry entry)
    {
        var payload = entry.Payload;
        var id = DscoHttp.Str(payload, "id");
        var type = DscoHttp.Str(payload, "type");
        if (string.IsNullOrEmpty(id))
        {
            Fail(entry, "MISSING_ID", $"'id' is required on each acknowledgement, got {DscoHttp.Describe(payload, "id")}.");
            return;
        }

        if (type is not ("DSCO_ORDER_ID" or "PO_NUMBER" or "SUPPLIER_ORDER_NUMBER"))
        {
            Fail(entry, "INVALID_TYPE", $"'type' must be DSCO_ORDER_ID, PO_NUMBER or SUPPLIER_ORDER_NUMBER, got {DscoHttp.Describe(payload, "type")}.");
            return;
        }

        if (type == "DSCO_ORDER_ID" && !id.All(char.IsAsciiDigit))
        {
            Fail(entry, "INVALID_ID", $"With type DSCO_ORDER_ID the id must be the numeric dscoOrderId, got '{id}'.");
            return;
        }

        var order = FindOrder(account, type, id);
        if (order is null)
        {
            Fail(entry, "ORDER_NOT_FOUND", $"No order with {type} '{id}' exists for supplier {account.SupplierId}.");
            return;
        }

        var status = DscoHttp.Str(order, "dscoStatus");
        if (status is "shipped" or "cancelled")
        {
            Fail(entry, "INVALID_ORDER_STATUS", $"Order {DscoHttp.Str(order, "dscoOrderId")} is {status} and cannot be acknowledged.");
            return;
        }

        // One event per change with one reason (eventReasons is a single string in the spec): the status change
        // when there is one, as that is what a stream consumer acts on.
        string? reason = null;
        var supplierOrderNumber = DscoHttp.Str(payload, "supplierOrderNumber");
        if (!string.IsNullOrEmpty(supplierOrderNumber) && supplierOrderNumber != DscoHttp.Str(order, "supplierOrderNumber"))
        {
            order["supplierOrderNumber"] = supplierOrderNumber;
            reason = "update_supplier_order_number";
        }

        if (status == "created")
        {
            order["dscoStatus"] = "shipment_pending";
            order["dscoLifecycle"] = "acknowledged";
            reason = "update_status_lifecycle";
        }
        else
        {
            entry.Results.Add(SimMessage.Info("ALREADY_ACKNOWLEDGED", $"Order {DscoHttp.Str(order, "dscoOrderId")} was already acknowledged."));
        }

        if (reason is not null)
        {
            order["dscoLastUpdate"] = DscoHttp.Iso(Now);
            EmitOrderEvent(account, order, reason);
        }

        entry.Status = "success";
    }

    private static void Fail(LogEntry entry, string code, string description)
    {
        entry.Status = "failure";
        entry.Results.Add(SimMessage.Error(code, description));
    }

    // ---------------------------------------------------------------- shipments

    /// <summary>Validates one ShipmentsForUpdate and, when it is valid and <paramref name="apply"/>, records it.</summary>
    internal List<SimMessage> ApplyShipments(Account account, JsonNode? payload, string operationId, bool apply)
    {
        var errors = new List<SimMessage>();
        if (payload is not JsonObject body)
        {
            errors.Add(SimMessage.Error("INVALID_BODY", "Each entry must be a ShipmentsForUpdate object."));
            return errors;
        }

        JsonObject? order = null;
        var dscoOrderId = DscoHttp.Str(body, "dscoOrderId");
        var poNumber = DscoHttp.Str(body, "poNumber");
        var supplierOrderNumber = DscoHttp.Str(body, "supplierOrderNumber");
        if (dscoOrderId is not null)
        {
            order = FindOrder(account, "dscoOrderId", dscoOrderId);
        }
        else if (poNumber is not null)
        {
            order = FindOrder(account, "poNumber", poNumber);
        }
        else if (supplierOrderNumber is not null)
        {
            order = FindOrder(account, "supplierOrderNumber", supplierOrderNumber);
        }
        else
        {
            errors.Add(SimMessage.Error("MISSING_ORDER_ID", "One of dscoOrderId, poNumber or supplierOrderNumber is required."));
        }

        var orderRef = dscoOrderId is not null ? $"dscoOrderId '{dscoOrderId}'" : poNumber is not null ? $"poNumber '{poNumber}'" : $"supplierOrderNumber '{supplierOrderNumber}'";
        if (order is null && errors.Count == 0)
        {
            errors.Add(SimMessage.Error("ORDER_NOT_FOUND", $"No order with {orderRef} exists for supplier {account.SupplierId}."));
        }

        if (order is not null && DscoHttp.Str(order, "dscoStatus") == "cancelled")
        {
            errors.Add(SimMessage.Error("INVALID_ORDER_STATUS", $"Order {DscoHttp.Str(order, "dscoOrderId")} is cancelled and cannot be shipped."));
        }

        if (body["shipments"] is not JsonArray shipments || shipments.Count == 0)
        {
            errors.Add(SimMessage.Error("MISSING_SHIPMENTS", "'shipments' is required and must contain at least one shipment."));
            return errors;
        }

        var lines = order?["lineItems"] as JsonArray ?? [];
        var pending = new Dictionary<JsonObject, int>(ReferenceEqualityComparer.Instance);
        var trackingSeen = new HashSet<string>(StringComparer.Ordinal);
        for (var s = 0; s < shipments.Count; s++)
        {
            var shipment = shipments[s] as JsonObject;
            var where = $"shipments[{s}]";
            if (shipment is null)
            {
                errors.Add(SimMessage.Error("INVALID_SHIPMENT", $"{where} must be an object."));
                continue;
            }

            var tracking = DscoHttp.Str(shipment, "trackingNumber");
            if (string.IsNullOrWhiteSpace(tracking))
            {
                errors.Add(SimMessage.Error("MISSING_TRACKING_NUMBER", $"{where}.trackingNumber is required, got {DscoHttp.Describe(shipment, "trackingNumber")}."));
            }
            else if (order is not null && (!trackingSeen.Add(tracking) ||
                account.Shipments.Any(r => r.DscoOrderId == DscoHttp.Str(order, "dscoOrderId") && DscoHttp.Str(r.Shipment, "trackingNumber") == tracking)))
            {
                errors.Add(SimMessage.Error("DUPLICATE_SHIPMENT",
                    $"{where}.trackingNumber '{tracking}' was already recorded for order {DscoHttp.Str(order, "dscoOrderId")}; a duplicate shipment is refused."));
            }

            if (string.IsNullOrWhiteSpace(DscoHttp.Str(shipment, "shipCarrier")) && string.IsNullOrWhiteSpace(DscoHttp.Str(shipment, "shippingServiceLevelCode")))
            {
                errors.Add(SimMessage.Error("MISSING_SHIP_METHOD",
                    $"{where}: either shippingServiceLevelCode or shipCarrier (with shipMethod) is required; both are missing."));
            }

            if (shipment["lineItems"] is not JsonArray shipLines || shipLines.Count == 0)
            {
                errors.Add(SimMessage.Error("MISSING_LINE_ITEMS", $"{where}.lineItems is required and must contain at least one line."));
                continue;
            }

            for (var l = 0; l < shipLines.Count; l++)
            {
                var shipLine = shipLines[l] as JsonObject;
                var lineWhere = $"{where}.lineItems[{l}]";
                var quantity = DscoHttp.Num(shipLine, "quantity");
                if (quantity is null || quantity <= 0 || quantity != decimal.Truncate(quantity.Value))
                {
                    errors.Add(SimMessage.Error("INVALID_QUANTITY", $"{lineWhere}.quantity must be a positive integer, got {DscoHttp.Describe(shipLine, "quantity")}."));
                    continue;
                }

                if (!ItemIdFields.Any(f => !string.IsNullOrWhiteSpace(DscoHttp.Str(shipLine, f))))
                {
                    errors.Add(SimMessage.Error("MISSING_ITEM_ID", $"{lineWhere}: one of dscoItemId, sku, partnerSku, upc or ean is required."));
                    continue;
                }

                if (order is null)
                {
                    continue;
                }

                var line = MatchOrderLine(account, lines, shipLine!, pending);
                if (line is null)
                {
                    errors.Add(SimMessage.Error("LINE_ITEM_NOT_ON_ORDER",
                        $"{lineWhere} ({DescribeItem(shipLine!)}) is not a line item of order {DscoHttp.Str(order, "dscoOrderId")}."));
                    continue;
                }

                var remaining = Remaining(line) - pending.GetValueOrDefault(line);
                if (quantity > remaining)
                {
                    errors.Add(SimMessage.Error("QUANTITY_EXCEEDS_REMAINING",
                        $"{lineWhere}: quantity {quantity} exceeds the {remaining} left to ship on line {DscoHttp.Str(line, "lineNumber")} ({DescribeItem(line)}) of order {DscoHttp.Str(order, "dscoOrderId")}."));
                    continue;
                }

                pending[line] = pending.GetValueOrDefault(line) + (int)quantity.Value;
            }
        }

        if (errors.Count > 0 || !apply || order is null)
        {
            return errors;
        }

        RecordShipments(account, order, shipments, operationId);
        return errors;
    }

    private void RecordShipments(Account account, JsonObject order, JsonArray shipments, string operationId)
    {
        var now = Now;
        var lines = (JsonArray)order["lineItems"]!;
        var packages = order["packages"] as JsonArray ?? [];
        order["packages"] = packages;
        // Validation counted quantities pending in this request; here each line's shippedQuantity already moves as we go.
        var noneInFlight = new Dictionary<JsonObject, int>(ReferenceEqualityComparer.Instance);
        foreach (var shipment in shipments.OfType<JsonObject>())
        {
            var package = new JsonObject();
            foreach (var (name, value) in shipment)
            {
                if (name != "lineItems")
                {
                    package[name] = value?.DeepClone();
                }
            }

            package["dscoPackageId"] = NextPackageId();
            package["shipDate"] ??= DscoHttp.Iso(now);
            var items = new JsonArray();
            foreach (var shipLine in ((JsonArray)shipment["lineItems"]!).OfType<JsonObject>())
            {
                var line = MatchOrderLine(account, lines, shipLine, noneInFlight)!;
                var quantity = (int)DscoHttp.Num(shipLine, "quantity")!.Value;
                var shipped = (int)(DscoHttp.Num(line, "shippedQuantity") ?? 0) + quantity;
                line["shippedQuantity"] = shipped;
                line["remainingQuantity"] = Remaining(line);
                var item = (JsonObject)shipLine.DeepClone();
                item["lineNumber"] ??= DscoHttp.Num(line, "lineNumber") is { } n ? (int)n : null;
                items.Add(item);
            }

            package["items"] = items;
            packages.Add(package);
            account.Shipments.Add(new ShipmentRecord(DscoHttp.Str(order, "dscoOrderId")!, DscoHttp.Str(order, "poNumber") ?? "", (JsonObject)shipment.DeepClone(), operationId, now));
        }

        var reason = "add_shipment";
        if (lines.OfType<JsonObject>().All(l => Remaining(l) == 0) && DscoHttp.Str(order, "dscoStatus") != "shipped")
        {
            order["dscoStatus"] = "shipped";
            order["dscoLifecycle"] = "completed";
            reason = "update_status_lifecycle";
        }

        order["dscoLastUpdate"] = DscoHttp.Iso(now);
        EmitOrderEvent(account, order, reason);
    }

    private static int Remaining(JsonObject line) =>
        (int)(DscoHttp.Num(line, "quantity") ?? 0) - (int)(DscoHttp.Num(line, "cancelledQuantity") ?? 0) - (int)(DscoHttp.Num(line, "shippedQuantity") ?? 0);

    /// <summary>
    /// Finds the order line a shipment line refers to. A lineNumber names the line, unless the two identify different
    /// catalog items. Without one, a line matches when it shares an identifier value with the shipment line or both
    /// resolve to the same catalog item; among equal candidates the first with quantity left wins.
    /// </summary>
    private static JsonObject? MatchOrderLine(Account account, JsonArray lines, JsonObject shipLine, Dictionary<JsonObject, int> pending)
    {
        var candidates = lines.OfType<JsonObject>().ToList();
        if (DscoHttp.Num(shipLine, "lineNumber") is { } lineNumber)
        {
            var byNumber = candidates.FirstOrDefault(l => DscoHttp.Num(l, "lineNumber") == lineNumber);
            if (byNumber is null)
            {
                return null;
            }

            var lineItem = ResolveCatalog(account, byNumber);
            var shipItem = ResolveCatalog(account, shipLine);
            return lineItem is not null && shipItem is not null && !ReferenceEquals(lineItem, shipItem) ? null : byNumber;
        }

        var matches = candidates.Where(l => IdentifiesSame(account, l, shipLine)).ToList();
        return matches.FirstOrDefault(l => Remaining(l) - pending.GetValueOrDefault(l) > 0) ?? matches.FirstOrDefault();
    }

    private static bool IdentifiesSame(Account account, JsonObject orderLine, JsonObject shipLine)
    {
        var lineValues = IdentifierValues(orderLine);
        if (IdentifierValues(shipLine).Any(lineValues.Contains))
        {
            return true;
        }

        var lineItem = ResolveCatalog(account, orderLine);
        return lineItem is not null && ReferenceEquals(lineItem, ResolveCatalog(account, shipLine));
    }

    private static HashSet<string> IdentifierValues(JsonObject item) =>
        ItemIdFields.Select(f => DscoHttp.Str(item, f)).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The catalog item an order, shipment or invoice line names: first field by field (dscoItemId, sku, partnerSku,
    /// upc), then any identifier value against any catalog identifier (a retailer may put a UPC in the sku field).
    /// </summary>
    internal static CatalogItem? ResolveCatalog(Account account, JsonObject item)
    {
        foreach (var field in ItemIdFields)
        {
            var value = DscoHttp.Str(item, field);
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            var found = account.Catalog.FirstOrDefault(c => field switch
            {
                "dscoItemId" => c.DscoItemId == value,
                "sku" => c.Sku == value,
                "partnerSku" => c.PartnerSku == value,
                "upc" => c.Upc == value,
                _ => false,
            });
            if (found is not null)
            {
                return found;
            }
        }

        var values = IdentifierValues(item);
        return account.Catalog.FirstOrDefault(c => values.Contains(c.Sku) || values.Contains(c.DscoItemId) ||
            (c.Upc is not null && values.Contains(c.Upc)) || (c.PartnerSku is not null && values.Contains(c.PartnerSku)));
    }

    private static string DescribeItem(JsonObject item)
    {
        var parts = ItemIdFields.Where(f => !string.IsNullOrWhiteSpace(DscoHttp.Str(item, f))).Select(f => $"{f} '{DscoHttp.Str(item, f)}'");
        return string.Join(", ", parts);
    }
}
