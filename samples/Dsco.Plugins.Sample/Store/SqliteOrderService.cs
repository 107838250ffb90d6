using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;
using Sellercloud.Plugins;

namespace Dsco.Plugins.Sample.Store;

/// <summary>The host's orders in SQLite.</summary>
internal sealed class SqliteOrderService : IHostOrderService
{
    private readonly SqliteStore _store;
    private readonly TimeProvider _timeProvider;

    public SqliteOrderService(SqliteStore store, TimeProvider timeProvider)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
    }

    public async Task<IReadOnlyList<int>> FindOrderIdsByChannelOrderIdAsync(int companyId, string channelOrderId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channelOrderId);
        await using var connection = await _store.OpenConnectionAsync(cancellationToken);
        await using var command = connection.Command(
            null,
            "SELECT id FROM orders WHERE company_id = $c AND channel_order_id = $o ORDER BY id;",
            ("$c", companyId),
            ("$o", channelOrderId));
        return await ReadIdsAsync(command, cancellationToken);
    }

    /// <summary>Most channel order ids one batch query binds; SQLite allows far more, this keeps statements small.</summary>
    internal const int ChannelOrderIdChunkSize = 500;

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<int>>> FindOrderIdsByChannelOrderIdsAsync(int companyId, IReadOnlyCollection<string> channelOrderIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channelOrderIds);
        if (channelOrderIds.Any(id => id is null))
        {
            throw new ArgumentException("Channel order ids must not contain null.", nameof(channelOrderIds));
        }

        var distinct = channelOrderIds.Distinct(StringComparer.Ordinal).ToList();
        var found = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        if (distinct.Count == 0)
        {
            return new Dictionary<string, IReadOnlyList<int>>(StringComparer.Ordinal);
        }

        await using var connection = await _store.OpenConnectionAsync(cancellationToken);

        // One read transaction, so every chunk sees the same snapshot of the orders table.
        await using var transaction = connection.BeginTransaction(deferred: true);
        foreach (var chunk in distinct.Chunk(ChannelOrderIdChunkSize))
        {
            var parameters = new (string Name, object? Value)[chunk.Length + 1];
            parameters[0] = ("$c", companyId);
            var names = new string[chunk.Length];
            for (var i = 0; i < chunk.Length; i++)
            {
                names[i] = "$o" + i.ToString(CultureInfo.InvariantCulture);
                parameters[i + 1] = (names[i], chunk[i]);
            }

            await using var command = connection.Command(
                transaction,
                $"SELECT channel_order_id, id FROM orders WHERE company_id = $c AND channel_order_id IN ({string.Join(", ", names)}) ORDER BY id;",
                parameters);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var channelOrderId = reader.GetString(0);
                if (!found.TryGetValue(channelOrderId, out var ids))
                {
                    found[channelOrderId] = ids = new List<int>();
                }

                ids.Add(reader.GetInt32(1));
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return found.ToDictionary(p => p.Key, p => (IReadOnlyList<int>)p.Value, StringComparer.Ordinal);
    }

    public async Task<OrderCreateResult> CreateOrderAsync(NewOrder order, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(order);
        Validate(order);

        await using var connection = await _store.OpenConnectionAsync(cancellationToken);

        // BEGIN IMMEDIATE takes the write lock up front, so the "exists?" check and the insert cannot interleave
        // with another writer; the unique index is the last line of defence if anything else writes the file.
        await using var transaction = connection.BeginTransaction(deferred: false);
        var existing = await FindParentOrderAsync(connection, transaction, order.CompanyId, order.ChannelOrderId, cancellationToken);
        if (existing is int existingId)
        {
            return new OrderCreateResult(existingId, AlreadyExisted: true);
        }

        int orderId;
        try
        {
            orderId = await InsertOrderAsync(connection, transaction, order, cancellationToken);
        }
        catch (SqliteException ex) when (Db.IsUniqueViolation(ex))
        {
            await transaction.RollbackAsync(cancellationToken);
            var winner = await FindParentOrderAsync(connection, null, order.CompanyId, order.ChannelOrderId, cancellationToken);
            return new OrderCreateResult(winner ?? throw new InvalidOperationException($"Order '{order.ChannelOrderId}' hit the unique index but cannot be found.", ex), AlreadyExisted: true);
        }

        await transaction.CommitAsync(cancellationToken);
        return new OrderCreateResult(orderId, AlreadyExisted: false);
    }

    /// <summary>
    /// The highest order id so far (0 when there is none). Ids only grow (AUTOINCREMENT), so an order with a higher
    /// id was created after this call: the task summary uses it to tell new imports from orders already in the host.
    /// </summary>
    internal async Task<int> LastOrderIdAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _store.OpenConnectionAsync(cancellationToken);
        return (int)(await connection.ScalarInt64Async(null, "SELECT COALESCE(MAX(id), 0) FROM orders;", cancellationToken) ?? 0);
    }

    public async Task<IReadOnlyList<HostOrder>> GetOrdersAsync(IReadOnlyCollection<int> orderIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(orderIds);
        var result = new List<HostOrder>(orderIds.Count);
        await using var connection = await _store.OpenConnectionAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: true);
        foreach (var id in orderIds.Distinct())
        {
            var order = await OrderReader.ReadAsync(connection, transaction, id, cancellationToken);
            if (order is not null)
            {
                result.Add(order);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    public async Task SetOrderMarkAsync(IReadOnlyCollection<int> orderIds, OrderMark mark, bool value, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(orderIds);
        var column = mark switch
        {
            OrderMark.TrackingUploaded => "tracking_uploaded",
            OrderMark.InvoiceUploaded => "invoice_uploaded",
            OrderMark.Exported => "exported",
            _ => throw new ArgumentOutOfRangeException(nameof(mark), mark, "Expected TrackingUploaded, InvoiceUploaded or Exported."),
        };

        await using var connection = await _store.OpenConnectionAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        foreach (var id in orderIds.Distinct())
        {
            await connection.ExecAsync(transaction, $"UPDATE orders SET {column} = $v WHERE id = $id;", cancellationToken, ("$v", value), ("$id", id));
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task SetCustomColumnsAsync(int orderId, IReadOnlyDictionary<string, string?> values, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        await using var connection = await _store.OpenConnectionAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        if (await connection.ScalarInt64Async(transaction, "SELECT COUNT(*) FROM orders WHERE id = $id;", cancellationToken, ("$id", orderId)) == 0)
        {
            throw new ArgumentException($"Cannot set custom columns on order {orderId}: the order does not exist.", nameof(orderId));
        }

        foreach (var (name, value) in values)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new ArgumentException($"Custom column names of order {orderId} must not be empty.", nameof(values));
            }

            if (value is null)
            {
                await connection.ExecAsync(transaction, "DELETE FROM order_custom_columns WHERE order_id = $id AND name = $n;", cancellationToken, ("$id", orderId), ("$n", name.Trim()));
            }
            else
            {
                await UpsertCustomColumnAsync(connection, transaction, orderId, name, value, cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static void Validate(NewOrder order)
    {
        var name = string.IsNullOrWhiteSpace(order.ChannelOrderId) ? "(no channel order id)" : $"'{order.ChannelOrderId}'";
        if (string.IsNullOrWhiteSpace(order.ChannelOrderId))
        {
            throw new ArgumentException("NewOrder.ChannelOrderId is required; got an empty value.", nameof(order));
        }

        if (order.Items is null || order.Items.Count == 0)
        {
            throw new ArgumentException($"Order {name} has no items; an order needs at least one line.", nameof(order));
        }

        for (var i = 0; i < order.Items.Count; i++)
        {
            var item = order.Items[i];
            if (string.IsNullOrWhiteSpace(item.ProductId))
            {
                throw new ArgumentException($"Order {name} line {i + 1}: ProductId is required.", nameof(order));
            }

            if (item.Quantity <= 0)
            {
                throw new ArgumentException($"Order {name} line {i + 1} ({item.ProductId}): quantity {item.Quantity} must be greater than 0.", nameof(order));
            }
        }
    }

    private static async Task<int?> FindParentOrderAsync(SqliteConnection connection, SqliteTransaction? transaction, int companyId, string channelOrderId, CancellationToken cancellationToken)
    {
        var id = await connection.ScalarInt64Async(
            transaction,
            "SELECT id FROM orders WHERE company_id = $c AND channel_order_id = $o AND split_parent_order_id IS NULL;",
            cancellationToken,
            ("$c", companyId),
            ("$o", channelOrderId));
        return id is null ? null : (int)id.Value;
    }

    private async Task<int> InsertOrderAsync(SqliteConnection connection, SqliteTransaction transaction, NewOrder order, CancellationToken cancellationToken)
    {
        if (await connection.ScalarInt64Async(transaction, "SELECT COUNT(*) FROM companies WHERE id = $c;", cancellationToken, ("$c", order.CompanyId)) == 0)
        {
            throw new ArgumentException($"Order '{order.ChannelOrderId}': company {order.CompanyId} does not exist.", nameof(order));
        }

        if (order.ShipFromWarehouseId is int warehouseId &&
            await connection.ScalarInt64Async(transaction, "SELECT COUNT(*) FROM warehouses WHERE id = $w;", cancellationToken, ("$w", warehouseId)) == 0)
        {
            throw new ArgumentException($"Order '{order.ChannelOrderId}': ship-from warehouse {warehouseId} does not exist.", nameof(order));
        }

        var now = _timeProvider.GetUtcNow();
        var id = await connection.ScalarInt64Async(
            transaction,
            """
            INSERT INTO orders (company_id, channel_order_id, po_number, order_source, order_date, created_at, customer_user, customer_email,
                                status, payment_status, shipping_status, shipping_carrier, shipping_service, lock_shipping_method,
                                requires_third_party, ship_from_warehouse_id, currency_code, shipping_total, tax_total,
                                is_gift, gift_message, gift_to_name, gift_from_name, notes)
            VALUES ($c, $o, $po, $src, $date, $now, $user, $email, $status, $pay, $ship, $carrier, $service, $lock,
                    $third, $wh, $cur, $shipTotal, $tax, $gift, $giftMsg, $giftTo, $giftFrom, $notes)
            RETURNING id;
            """,
            cancellationToken,
            ("$c", order.CompanyId),
            ("$o", order.ChannelOrderId),
            ("$po", order.PoNumber),
            ("$src", order.OrderSource),
            ("$date", Db.Date(order.OrderDate)),
            ("$now", Db.Date(now)),
            ("$user", order.CustomerUser),
            ("$email", order.CustomerEmail),
            ("$status", (int)OrderStatus.InProcess),
            ("$pay", (int)order.PaymentStatus),
            ("$ship", (int)ShippingStatus.Unshipped),
            ("$carrier", order.ShippingCarrier),
            ("$service", order.ShippingService),
            ("$lock", order.LockShippingMethod),
            ("$third", order.ShippingRequiresThirdParty),
            ("$wh", order.ShipFromWarehouseId),
            ("$cur", order.CurrencyCode),
            ("$shipTotal", Db.Money(order.ShippingTotal)),
            ("$tax", Db.Money(order.TaxTotal)),
            ("$gift", order.IsGift),
            ("$giftMsg", order.GiftMessage),
            ("$giftTo", order.GiftToName),
            ("$giftFrom", order.GiftFromName),
            ("$notes", order.Notes));
        var orderId = (int)id!.Value;

        await InsertAddressAsync(connection, transaction, orderId, "ship", order.ShippingAddress ?? new HostAddress(), cancellationToken);
        if (order.BillingAddress is not null)
        {
            await InsertAddressAsync(connection, transaction, orderId, "bill", order.BillingAddress, cancellationToken);
        }

        for (var i = 0; i < order.Items.Count; i++)
        {
            await InsertItemAsync(connection, transaction, order, orderId, i, cancellationToken);
        }

        if (order.Payment is not null)
        {
            await connection.ExecAsync(
                transaction,
                "INSERT INTO payments (order_id, amount, method, reference, created_at) VALUES ($id, $a, $m, $r, $now);",
                cancellationToken,
                ("$id", orderId),
                ("$a", Db.Money(order.Payment.Amount)),
                ("$m", order.Payment.Method),
                ("$r", order.Payment.Reference),
                ("$now", Db.Date(now)));
        }

        foreach (var (name, value) in order.CustomColumns ?? new Dictionary<string, string>())
        {
            if (string.IsNullOrWhiteSpace(name) || value is null)
            {
                continue;
            }

            await UpsertCustomColumnAsync(connection, transaction, orderId, name, value, cancellationToken);
        }

        return orderId;
    }

    private static Task<int> UpsertCustomColumnAsync(SqliteConnection connection, SqliteTransaction transaction, int orderId, string name, string value, CancellationToken cancellationToken) =>
        connection.ExecAsync(
            transaction,
            "INSERT INTO order_custom_columns (order_id, name, value) VALUES ($id, $n, $v) ON CONFLICT (order_id, name) DO UPDATE SET value = excluded.value;",
            cancellationToken,
            ("$id", orderId),
            ("$n", name.Trim()),
            ("$v", value));

    private static async Task InsertItemAsync(SqliteConnection connection, SqliteTransaction transaction, NewOrder order, int orderId, int index, CancellationToken cancellationToken)
    {
        var item = order.Items[index];
        long? isKit = null;
        string? productName = null;
        await using (var product = connection.Command(transaction, "SELECT is_kit, name FROM products WHERE product_id = $p;", ("$p", item.ProductId)))
        await using (var reader = await product.ExecuteReaderAsync(cancellationToken))
        {
            if (await reader.ReadAsync(cancellationToken))
            {
                isKit = reader.GetInt64(0);
                productName = reader.IsDBNull(1) ? null : reader.GetString(1);
            }
        }

        if (isKit is null)
        {
            // Checked inside the transaction on purpose: a bad line rolls back the order row already written.
            throw new ArgumentException($"Order '{order.ChannelOrderId}' line {index + 1}: product '{item.ProductId}' does not exist in the host.", nameof(order));
        }

        var itemId = await connection.ScalarInt64Async(
            transaction,
            """
            INSERT INTO order_items (order_id, product_id, name, quantity, unit_price, coop_fee, channel_line_id, channel_sku,
                                     channel_item_id, personalization, notes, is_kit)
            VALUES ($o, $p, $name, $q, $price, $coop, $line, $sku, $item, $pers, $notes, $kit)
            RETURNING id;
            """,
            cancellationToken,
            ("$o", orderId),
            ("$p", item.ProductId),
            ("$name", item.Name ?? productName),
            ("$q", item.Quantity),
            ("$price", Db.Money(item.UnitPrice)),
            ("$coop", Db.Money(item.CoOpFee)),
            ("$line", item.ChannelLineId),
            ("$sku", item.ChannelSku),
            ("$item", item.ChannelItemId),
            ("$pers", item.Personalization),
            ("$notes", item.Notes),
            ("$kit", isKit.Value != 0));

        if (isKit.Value != 0)
        {
            // A kit line carries its components as bundle items, quantities multiplied out for the line.
            await connection.ExecAsync(
                transaction,
                """
                INSERT INTO order_item_kit_components (order_item_id, product_id, qty_per_kit, total_qty)
                SELECT $i, component_product_id, qty_per_kit, qty_per_kit * $q FROM kit_components
                WHERE kit_product_id = $p ORDER BY component_product_id;
                """,
                cancellationToken,
                ("$i", itemId),
                ("$q", item.Quantity),
                ("$p", item.ProductId));
        }
    }

    private static Task InsertAddressAsync(SqliteConnection connection, SqliteTransaction transaction, int orderId, string kind, HostAddress address, CancellationToken cancellationToken) =>
        connection.ExecAsync(
            transaction,
            """
            INSERT INTO order_addresses (order_id, kind, first_name, last_name, company, street1, street2, city, state, postal_code, country, phone, email, is_residential)
            VALUES ($o, $k, $fn, $ln, $co, $s1, $s2, $city, $st, $zip, $country, $phone, $email, $res);
            """,
            cancellationToken,
            ("$o", orderId),
            ("$k", kind),
            ("$fn", address.FirstName),
            ("$ln", address.LastName),
            ("$co", address.Company),
            ("$s1", address.Street1),
            ("$s2", address.Street2),
            ("$city", address.City),
            ("$st", address.State),
            ("$zip", address.PostalCode),
            ("$country", address.Country),
            ("$phone", address.Phone),
            ("$email", address.Email),
            ("$res", address.IsResidential));

    internal static async Task<IReadOnlyList<int>> ReadIdsAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var ids = new List<int>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetInt32(0));
        }

        return ids;
    }
}
