using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;
using Sellercloud.Plugins;

namespace Dsco.Plugins.Sample.Store;

/// <summary>The host's products and inventory in SQLite.</summary>
internal sealed class SqliteProductService : IHostProductService
{
    // Kits of kits are allowed; deeper nesting than this is treated as a data error rather than recursed forever.
    private const int MaxKitDepth = 5;

    private readonly SqliteStore _store;

    public SqliteProductService(SqliteStore store) => _store = store ?? throw new ArgumentNullException(nameof(store));

    public async Task<IReadOnlyList<string>> FindProductIdsAsync(ProductSearch search, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        var value = search.Value?.Trim() ?? string.Empty;
        if (value.Length == 0)
        {
            return Array.Empty<string>();
        }

        await using var connection = await _store.OpenConnectionAsync(cancellationToken);
        await using var command = search.Field switch
        {
            ProductSearchField.ProductId => connection.Command(null, "SELECT product_id FROM products WHERE product_id = $v ORDER BY product_id;", ("$v", search.Value)),
            ProductSearchField.Upc => connection.Command(null, "SELECT product_id FROM products WHERE trim(upc) = $v ORDER BY product_id;", ("$v", value)),
            ProductSearchField.CustomColumn when !string.IsNullOrWhiteSpace(search.ColumnName) => connection.Command(
                null,
                "SELECT product_id FROM product_custom_columns WHERE name = $n AND trim(value) = $v ORDER BY product_id;",
                ("$n", search.ColumnName!.Trim()),
                ("$v", value)),
            ProductSearchField.CustomColumn => throw new ArgumentException("A custom column search needs a column name.", nameof(search)),
            _ => throw new ArgumentOutOfRangeException(nameof(search), search.Field, "Expected ProductId, Upc or CustomColumn."),
        };

        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    public async Task<IReadOnlyList<HostProduct>> GetProductsAsync(IReadOnlyCollection<string> productIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(productIds);
        await using var connection = await _store.OpenConnectionAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: true);
        var result = new List<HostProduct>(productIds.Count);
        foreach (var id in productIds.Distinct(StringComparer.Ordinal))
        {
            var product = await ReadAsync(connection, transaction, id, 0, cancellationToken);
            if (product is not null)
            {
                result.Add(product);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    private static async Task<HostProduct?> ReadAsync(SqliteConnection connection, SqliteTransaction transaction, string productId, int depth, CancellationToken cancellationToken)
    {
        HostProduct product;
        await using (var command = connection.Command(transaction, "SELECT * FROM products WHERE product_id = $p;", ("$p", productId)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
            {
                return null;
            }

            product = new HostProduct
            {
                ProductId = reader.Text("product_id")!,
                CompanyId = reader.Int("company_id"),
                Name = reader.Text("name"),
                Upc = reader.Text("upc"),
                AvailableQuantity = reader.Int("available_qty"),
                OnOrderQuantity = reader.Int("on_order_qty"),
                IsKit = reader.Bool("is_kit"),
                IsDiscontinued = reader.Bool("discontinued"),
                IsReplenishable = reader.Bool("replenishable"),
                Cost = reader.DecimalOrNull("cost"),
            };
        }

        var warehouses = new List<WarehouseQuantity>();
        await using (var command = connection.Command(
            transaction,
            """
            SELECT q.warehouse_id, w.name, q.available_qty, q.on_order_qty FROM product_warehouse_qty q
            JOIN warehouses w ON w.id = q.warehouse_id WHERE q.product_id = $p ORDER BY q.warehouse_id;
            """,
            ("$p", productId)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                warehouses.Add(new WarehouseQuantity(reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3)));
            }
        }

        var components = new List<KitComponent>();
        await using (var command = connection.Command(transaction, "SELECT component_product_id, qty_per_kit FROM kit_components WHERE kit_product_id = $p ORDER BY component_product_id;", ("$p", productId)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                components.Add(new KitComponent(reader.GetString(0), reader.GetInt32(1)));
            }
        }

        var columns = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        await using (var command = connection.Command(transaction, "SELECT name, value FROM product_custom_columns WHERE product_id = $p ORDER BY name;", ("$p", productId)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                columns[reader.GetString(0)] = reader.GetString(1);
            }
        }

        product = product with { Warehouses = warehouses, KitComponents = components, CustomColumns = columns };
        if (product.IsKit)
        {
            product = await WithKitAvailabilityAsync(connection, transaction, product, depth, cancellationToken);
        }

        return product;
    }

    /// <summary>
    /// An "All Component" kit: as many kits as the scarcest component allows (floor of component qty ÷ qty per
    /// kit), overall and per warehouse where every component is stocked. A kit without components has none.
    /// </summary>
    private static async Task<HostProduct> WithKitAvailabilityAsync(SqliteConnection connection, SqliteTransaction transaction, HostProduct kit, int depth, CancellationToken cancellationToken)
    {
        if (kit.KitComponents.Count == 0 || depth >= MaxKitDepth)
        {
            return kit with { AvailableQuantity = 0, Warehouses = Array.Empty<WarehouseQuantity>() };
        }

        var parts = new List<(HostProduct Product, int PerKit)>();
        foreach (var component in kit.KitComponents)
        {
            var part = await ReadAsync(connection, transaction, component.ProductId, depth + 1, cancellationToken);
            if (part is null)
            {
                return kit with { AvailableQuantity = 0, Warehouses = Array.Empty<WarehouseQuantity>() };
            }

            parts.Add((part, component.QuantityPerKit));
        }

        var available = parts.Min(p => KitsFrom(p.Product.AvailableQuantity, p.PerKit));
        var warehouses = parts[0].Product.Warehouses
            .Select(w => w.WarehouseId)
            .Where(id => parts.All(p => p.Product.Warehouses.Any(w => w.WarehouseId == id)))
            .Select(id =>
            {
                var name = parts[0].Product.Warehouses.First(w => w.WarehouseId == id).WarehouseName;
                var qty = parts.Min(p => KitsFrom(p.Product.Warehouses.First(w => w.WarehouseId == id).AvailableQuantity, p.PerKit));
                return new WarehouseQuantity(id, name, qty, 0);
            })
            .ToList();
        return kit with { AvailableQuantity = available, Warehouses = warehouses };
    }

    private static int KitsFrom(int componentQuantity, int perKit) => componentQuantity <= 0 ? 0 : componentQuantity / perKit;
}
