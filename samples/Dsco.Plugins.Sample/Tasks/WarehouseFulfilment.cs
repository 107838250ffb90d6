using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Dsco.Plugins.Sample.Store;
using Microsoft.Data.Sqlite;
using Sellercloud.Plugins;

namespace Dsco.Plugins.Sample.Tasks;

/// <summary>What the warehouse did with one order.</summary>
internal sealed record ShippedOrder(int OrderId, string ChannelOrderId, IReadOnlyList<string> TrackingNumbers, int? SplitChildOrderId);

/// <summary>
/// Stands in for the seller's warehouse between order import and tracking export: packs and ships every
/// unshipped, in-process order of the company (packages with tracking numbers on the order's carrier and
/// service, weights, SSCC codes; a kit line ships as its components) and marks it FullyShipped, Completed and
/// Charged. The first multi-line order without kits is split first, as a warehouse shipping from two places
/// would, so the split-order path of the exports is exercised. Orders already shipped are left alone, so
/// running it again changes nothing.
/// </summary>
internal sealed class WarehouseFulfilment
{
    // GS1's documentation company prefix; the serial reference makes each SSCC unique in this database.
    private const string SsccCompanyPrefix = "0614141";

    private readonly SqliteStore _store;
    private readonly TimeProvider _timeProvider;

    public WarehouseFulfilment(SqliteStore store, TimeProvider timeProvider)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
    }

    public async Task<IReadOnlyList<ShippedOrder>> ShipAsync(int companyId, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<int> candidates;
        await using (var connection = await _store.OpenConnectionAsync(cancellationToken))
        await using (var command = connection.Command(
            null,
            "SELECT id FROM orders WHERE company_id = $c AND split_parent_order_id IS NULL AND status = $s AND shipping_status = $u ORDER BY id;",
            ("$c", companyId),
            ("$s", (int)OrderStatus.InProcess),
            ("$u", (int)ShippingStatus.Unshipped)))
        {
            candidates = await SqliteOrderService.ReadIdsAsync(command, cancellationToken);
        }

        var shipped = new List<ShippedOrder>();
        foreach (var orderId in candidates)
        {
            var result = await ShipOneAsync(companyId, orderId, cancellationToken);
            if (result is not null)
            {
                shipped.Add(result);
            }
        }

        return shipped;
    }

    private async Task<ShippedOrder?> ShipOneAsync(int companyId, int orderId, CancellationToken cancellationToken)
    {
        await using var connection = await _store.OpenConnectionAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);

        // Checked again under the write lock: another run may have shipped it since the candidates were read.
        var order = await OrderReader.ReadAsync(connection, transaction, orderId, cancellationToken);
        if (order is null || order.ShippingStatus != ShippingStatus.Unshipped || order.Status != OrderStatus.InProcess || order.Items.Count == 0)
        {
            return null;
        }

        var now = _timeProvider.GetUtcNow();
        var warehouseId = order.ShipFromWarehouseId
            ?? (int?)await connection.ScalarInt64Async(transaction, "SELECT MIN(id) FROM warehouses;", cancellationToken);

        int? childId = null;
        var parentItems = order.Items.ToList();
        var splitsSoFar = await connection.ScalarInt64Async(transaction, "SELECT COUNT(*) FROM orders WHERE company_id = $c AND split_parent_order_id IS NOT NULL;", cancellationToken, ("$c", companyId));
        if (splitsSoFar == 0 && order.Items.Count >= 2 && order.Items.All(i => !i.IsKit))
        {
            var moved = parentItems[^1];
            parentItems.RemoveAt(parentItems.Count - 1);
            childId = await SplitAsync(connection, transaction, orderId, moved.Id, cancellationToken);
        }

        var tracking = new List<string>
        {
            await AddPackageAsync(connection, transaction, order, orderId, parentItems, 1, now, cancellationToken),
        };
        if (childId is int child)
        {
            tracking.Add(await AddPackageAsync(connection, transaction, order, child, order.Items.Where(i => !parentItems.Contains(i)).ToList(), 2, now, cancellationToken));
        }

        await connection.ExecAsync(
            transaction,
            """
            UPDATE orders SET shipping_status = $shipped, status = $completed, payment_status = $charged, ship_date = $now,
                              ship_from_warehouse_id = coalesce(ship_from_warehouse_id, $wh)
            WHERE id = $id OR split_parent_order_id = $id;
            """,
            cancellationToken,
            ("$shipped", (int)ShippingStatus.FullyShipped),
            ("$completed", (int)OrderStatus.Completed),
            ("$charged", (int)PaymentStatus.Charged),
            ("$now", Db.Date(now)),
            ("$wh", warehouseId),
            ("$id", orderId));

        await transaction.CommitAsync(cancellationToken);
        return new ShippedOrder(orderId, order.ChannelOrderId, tracking, childId);
    }

    /// <summary>A split child: a copy of the order (same channel order id, no payment, no shipping charge) holding the moved line.</summary>
    private static async Task<int> SplitAsync(SqliteConnection connection, SqliteTransaction transaction, int parentId, int movedItemId, CancellationToken cancellationToken)
    {
        var childId = (int)(await connection.ScalarInt64Async(
            transaction,
            """
            INSERT INTO orders (company_id, channel_order_id, po_number, order_source, order_date, created_at, customer_user, customer_email,
                                status, payment_status, shipping_status, shipping_carrier, shipping_service, lock_shipping_method,
                                requires_third_party, ship_from_warehouse_id, currency_code, shipping_total, tax_total,
                                is_gift, gift_message, gift_to_name, gift_from_name, notes, split_parent_order_id)
            SELECT company_id, channel_order_id, po_number, order_source, order_date, created_at, customer_user, customer_email,
                   status, payment_status, shipping_status, shipping_carrier, shipping_service, lock_shipping_method,
                   requires_third_party, ship_from_warehouse_id, currency_code, '0', '0',
                   is_gift, gift_message, gift_to_name, gift_from_name, notes, id
            FROM orders WHERE id = $p
            RETURNING id;
            """,
            cancellationToken,
            ("$p", parentId)))!.Value;
        await connection.ExecAsync(
            transaction,
            """
            INSERT INTO order_addresses (order_id, kind, first_name, last_name, company, street1, street2, city, state, postal_code, country, phone, email, is_residential)
            SELECT $child, kind, first_name, last_name, company, street1, street2, city, state, postal_code, country, phone, email, is_residential
            FROM order_addresses WHERE order_id = $p;
            """,
            cancellationToken,
            ("$child", childId),
            ("$p", parentId));
        await connection.ExecAsync(
            transaction,
            "INSERT INTO order_custom_columns (order_id, name, value) SELECT $child, name, value FROM order_custom_columns WHERE order_id = $p;",
            cancellationToken,
            ("$child", childId),
            ("$p", parentId));
        await connection.ExecAsync(transaction, "UPDATE order_items SET order_id = $child WHERE id = $item;", cancellationToken, ("$child", childId), ("$item", movedItemId));
        return childId;
    }

    private static async Task<string> AddPackageAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        HostOrder order,
        int packageOrderId,
        IReadOnlyList<HostOrderItem> items,
        int sequence,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var units = items.Sum(i => i.IsKit && i.KitComponents.Count > 0 ? i.KitComponents.Sum(k => k.TotalQuantity) : i.Quantity);
        var weight = Math.Round(0.4m + (0.8m * units), 2);
        var cost = Math.Round(5.50m + (1.10m * weight), 2);
        var serial = (order.Id * 10L) + sequence;
        var tracking = TrackingNumber(order.ShippingCarrier, serial);
        var packageId = (int)(await connection.ScalarInt64Async(
            transaction,
            """
            INSERT INTO packages (order_id, tracking_number, carrier, service, weight_lbs, sscc_code, ship_date, shipping_cost)
            VALUES ($o, $t, $carrier, $service, $w, $sscc, $now, $cost) RETURNING id;
            """,
            cancellationToken,
            ("$o", packageOrderId),
            ("$t", tracking),
            ("$carrier", order.ShippingCarrier),
            ("$service", order.ShippingService),
            ("$w", Db.Money(weight)),
            ("$sscc", Sscc(serial)),
            ("$now", Db.Date(now)),
            ("$cost", Db.Money(cost))))!.Value;

        foreach (var item in items)
        {
            if (item.IsKit && item.KitComponents.Count > 0)
            {
                // A kit leaves the warehouse as its components; each names the kit line it belongs to.
                foreach (var component in item.KitComponents)
                {
                    await AddPackageItemAsync(connection, transaction, packageId, item.Id, component.Id, component.ProductId, component.TotalQuantity, cancellationToken);
                }
            }
            else
            {
                await AddPackageItemAsync(connection, transaction, packageId, item.Id, null, item.ProductId, item.Quantity, cancellationToken);
            }
        }

        return tracking;
    }

    private static Task<int> AddPackageItemAsync(SqliteConnection connection, SqliteTransaction transaction, int packageId, int orderItemId, int? kitComponentId, string productId, int quantity, CancellationToken cancellationToken) =>
        connection.ExecAsync(
            transaction,
            "INSERT INTO package_items (package_id, order_item_id, kit_component_id, product_id, quantity) VALUES ($p, $i, $k, $prod, $q);",
            cancellationToken,
            ("$p", packageId),
            ("$i", orderItemId),
            ("$k", kitComponentId),
            ("$prod", productId),
            ("$q", quantity));

    /// <summary>A tracking number in the carrier's usual shape (made up, deterministic per package).</summary>
    internal static string TrackingNumber(string? carrier, long serial)
    {
        var upper = carrier?.ToUpperInvariant() ?? string.Empty;
        var digits = serial.ToString(CultureInfo.InvariantCulture);
        if (upper.Contains("UPS", StringComparison.Ordinal))
        {
            return "1Z999AA1" + digits.PadLeft(10, '0');
        }

        if (upper.Contains("FEDEX", StringComparison.Ordinal) || upper.Contains("FED EX", StringComparison.Ordinal))
        {
            return "7" + digits.PadLeft(11, '0');
        }

        if (upper.Contains("USPS", StringComparison.Ordinal) || upper.Contains("POSTAL", StringComparison.Ordinal))
        {
            return "9400" + digits.PadLeft(18, '0');
        }

        return "TRK" + digits.PadLeft(12, '0');
    }

    /// <summary>An 18-digit SSCC: extension digit 0, company prefix, serial reference and the GS1 check digit.</summary>
    internal static string Sscc(long serial)
    {
        var body = "0" + SsccCompanyPrefix + (serial % 1_000_000_000L).ToString(CultureInfo.InvariantCulture).PadLeft(9, '0');
        return body + Gs1CheckDigit(body).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The GS1 mod-10 check digit: from the right, digits weigh 3, 1, 3, …</summary>
    internal static int Gs1CheckDigit(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var weight = (digits.Length - i) % 2 == 1 ? 3 : 1;
            sum += (digits[i] - '0') * weight;
        }

        return (10 - (sum % 10)) % 10;
    }
}
