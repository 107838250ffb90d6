using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;
using Sellercloud.Plugins;

namespace Dsco.Plugins.Sample.Store;

/// <summary>Reads one order with everything a plugin sees: lines, kit components, packages, splits, columns.</summary>
internal static class OrderReader
{
    public static async Task<HostOrder?> ReadAsync(SqliteConnection connection, SqliteTransaction? transaction, int orderId, CancellationToken cancellationToken)
    {
        HostOrder order;
        await using (var command = connection.Command(transaction, "SELECT * FROM orders WHERE id = $id;", ("$id", orderId)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
            {
                return null;
            }

            order = new HostOrder
            {
                Id = reader.Int("id"),
                CompanyId = reader.Int("company_id"),
                ChannelOrderId = reader.Text("channel_order_id") ?? string.Empty,
                PoNumber = reader.Text("po_number"),
                OrderSource = reader.Text("order_source"),
                OrderDate = reader.DateOrNull("order_date") ?? default,
                Status = (OrderStatus)reader.Int("status"),
                PaymentStatus = (PaymentStatus)reader.Int("payment_status"),
                ShippingStatus = (ShippingStatus)reader.Int("shipping_status"),
                TrackingUploaded = reader.Bool("tracking_uploaded"),
                InvoiceUploaded = reader.Bool("invoice_uploaded"),
                Exported = reader.Bool("exported"),
                CustomerEmail = reader.Text("customer_email"),
                ShipFromWarehouseId = reader.IntOrNull("ship_from_warehouse_id"),
                ShippingCarrier = reader.Text("shipping_carrier"),
                ShippingService = reader.Text("shipping_service"),
                LockShippingMethod = reader.Bool("lock_shipping_method"),
                ShippingRequiresThirdParty = reader.Bool("requires_third_party"),
                ShipDate = reader.DateOrNull("ship_date"),
                CurrencyCode = reader.Text("currency_code"),
                ShippingTotal = reader.Decimal("shipping_total"),
                TaxTotal = reader.Decimal("tax_total"),
                SplitParentOrderId = reader.IntOrNull("split_parent_order_id"),
            };
        }

        var addresses = await ReadAddressesAsync(connection, transaction, orderId, cancellationToken);
        var items = await ReadItemsAsync(connection, transaction, orderId, cancellationToken);
        var subTotal = items.Sum(i => i.LineTotal);
        await using var children = connection.Command(transaction, "SELECT id FROM orders WHERE split_parent_order_id = $id ORDER BY id;", ("$id", orderId));

        return order with
        {
            ShippingAddress = addresses.TryGetValue("ship", out var ship) ? ship : new HostAddress(),
            BillingAddress = addresses.TryGetValue("bill", out var bill) ? bill : null,
            ShipFromAddress = order.ShipFromWarehouseId is int warehouseId ? await ReadWarehouseAddressAsync(connection, transaction, warehouseId, cancellationToken) : null,
            Items = items,
            SubTotal = subTotal,
            GrandTotal = subTotal + order.ShippingTotal + order.TaxTotal,
            Packages = await ReadPackagesAsync(connection, transaction, orderId, cancellationToken),
            SplitChildOrderIds = await SqliteOrderService.ReadIdsAsync(children, cancellationToken),
            CustomColumns = await ReadColumnsAsync(connection, transaction, orderId, cancellationToken),
        };
    }

    public static async Task<HostAddress?> ReadWarehouseAddressAsync(SqliteConnection connection, SqliteTransaction? transaction, int warehouseId, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(transaction, "SELECT * FROM warehouses WHERE id = $id;", ("$id", warehouseId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new HostAddress
        {
            Company = reader.Text("company") ?? reader.Text("name"),
            Street1 = reader.Text("street1"),
            Street2 = reader.Text("street2"),
            City = reader.Text("city"),
            State = reader.Text("state"),
            PostalCode = reader.Text("postal_code"),
            Country = reader.Text("country"),
            Phone = reader.Text("phone"),
            IsResidential = false,
        };
    }

    private static async Task<Dictionary<string, HostAddress>> ReadAddressesAsync(SqliteConnection connection, SqliteTransaction? transaction, int orderId, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, HostAddress>(StringComparer.Ordinal);
        await using var command = connection.Command(transaction, "SELECT * FROM order_addresses WHERE order_id = $id;", ("$id", orderId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result[reader.Text("kind")!] = new HostAddress
            {
                FirstName = reader.Text("first_name"),
                LastName = reader.Text("last_name"),
                Company = reader.Text("company"),
                Street1 = reader.Text("street1"),
                Street2 = reader.Text("street2"),
                City = reader.Text("city"),
                State = reader.Text("state"),
                PostalCode = reader.Text("postal_code"),
                Country = reader.Text("country"),
                Phone = reader.Text("phone"),
                Email = reader.Text("email"),
                IsResidential = reader.BoolOrNull("is_residential"),
            };
        }

        return result;
    }

    private static async Task<List<HostOrderItem>> ReadItemsAsync(SqliteConnection connection, SqliteTransaction? transaction, int orderId, CancellationToken cancellationToken)
    {
        var items = new List<HostOrderItem>();
        await using (var command = connection.Command(transaction, "SELECT * FROM order_items WHERE order_id = $id ORDER BY id;", ("$id", orderId)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var quantity = reader.Int("quantity");
                var price = reader.Decimal("unit_price");
                items.Add(new HostOrderItem
                {
                    Id = reader.Int("id"),
                    ProductId = reader.Text("product_id") ?? string.Empty,
                    Name = reader.Text("name"),
                    Quantity = quantity,
                    UnitPrice = price,
                    LineTotal = price * quantity,
                    CoOpFee = reader.Decimal("coop_fee"),
                    ChannelLineId = reader.Text("channel_line_id"),
                    ChannelSku = reader.Text("channel_sku"),
                    ChannelItemId = reader.Text("channel_item_id"),
                    IsKit = reader.Bool("is_kit"),
                });
            }
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (!items[i].IsKit)
            {
                continue;
            }

            var components = new List<HostKitComponent>();
            await using var command = connection.Command(transaction, "SELECT * FROM order_item_kit_components WHERE order_item_id = $id ORDER BY id;", ("$id", items[i].Id));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                components.Add(new HostKitComponent
                {
                    Id = reader.Int("id"),
                    ProductId = reader.Text("product_id") ?? string.Empty,
                    QuantityPerKit = reader.Int("qty_per_kit"),
                    TotalQuantity = reader.Int("total_qty"),
                });
            }

            items[i] = items[i] with { KitComponents = components };
        }

        return items;
    }

    private static async Task<IReadOnlyList<HostPackage>> ReadPackagesAsync(SqliteConnection connection, SqliteTransaction? transaction, int orderId, CancellationToken cancellationToken)
    {
        var packages = new List<HostPackage>();
        await using (var command = connection.Command(transaction, "SELECT * FROM packages WHERE order_id = $id ORDER BY id;", ("$id", orderId)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                packages.Add(new HostPackage
                {
                    Id = reader.Int("id"),
                    TrackingNumber = reader.Text("tracking_number"),
                    Carrier = reader.Text("carrier"),
                    Service = reader.Text("service"),
                    WeightLbs = reader.DecimalOrNull("weight_lbs"),
                    SsccCode = reader.Text("sscc_code"),
                    ShipDate = reader.DateOrNull("ship_date"),
                    ShippingCost = reader.DecimalOrNull("shipping_cost"),
                });
            }
        }

        for (var i = 0; i < packages.Count; i++)
        {
            var lines = new List<HostPackageItem>();
            await using var command = connection.Command(transaction, "SELECT * FROM package_items WHERE package_id = $id ORDER BY id;", ("$id", packages[i].Id));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                lines.Add(new HostPackageItem
                {
                    OrderItemId = reader.Int("order_item_id"),
                    KitComponentId = reader.IntOrNull("kit_component_id"),
                    ProductId = reader.Text("product_id") ?? string.Empty,
                    Quantity = reader.Int("quantity"),
                });
            }

            packages[i] = packages[i] with { Items = lines };
        }

        return packages;
    }

    private static async Task<IReadOnlyDictionary<string, string>> ReadColumnsAsync(SqliteConnection connection, SqliteTransaction? transaction, int orderId, CancellationToken cancellationToken)
    {
        var columns = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        await using var command = connection.Command(transaction, "SELECT name, value FROM order_custom_columns WHERE order_id = $id ORDER BY name;", ("$id", orderId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            columns[reader.GetString(0)] = reader.GetString(1);
        }

        return columns;
    }
}
