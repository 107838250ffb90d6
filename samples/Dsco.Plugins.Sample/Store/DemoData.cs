using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Dsco.Simulator;
using Microsoft.Data.Sqlite;

namespace Dsco.Plugins.Sample.Store;

/// <summary>
/// The demo company, its Custom Company Settings, warehouses and products. They match the catalog and the
/// orders the DSCO simulator seeds for the demo supplier, so a first run shows every matching rule at work.
/// </summary>
internal static class DemoData
{
    /// <summary>The demo company.</summary>
    public const int CompanyId = 1;

    /// <summary>The demo company's name.</summary>
    public const string CompanyName = "Neiman Marcus (DSCO)";

    /// <summary>
    /// The Custom Company Settings of the demo company: legacy token credentials plus the optional settings
    /// that make every plugin feature visible in the demo. <c>DSCO_ApiBaseUrl</c> is set on every run.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Settings { get; } = new[]
    {
        Pair("DSCO_Token", DemoCredentials.Token),
        Pair("DSCO_SupplierId", DemoCredentials.SupplierId),
        Pair("DSCO_NeimanMarcus", "Neiman Marcus"),
        Pair("DSCO_CreatePayments", "True"),
        Pair("DSCO_MarkOrdersUnpaid", "False"),
        Pair("DSCO_LockShippingMethod", "True"),
        Pair("DSCO_CoopFeePercentage", "2.5"),
        Pair("DSCO_WarehouseCode", "Lakewood"),
        Pair("DSCO_WarehouseCodes", "1-Lakewood, 2-BostonWH"),
        Pair("DSCO_IncludeWarehouseCodesInOrderImport", "True"),
        Pair("DSCO_ExportSsccCode", "True"),
        Pair("DSCO_StandardWarehouseCode", "Lakewood"),
        Pair("DSCO_IncludeWarehouseCodeInTracking", "True"),
        Pair("DSCO_SendPackageWeight", "True"),
        Pair("DSCO_SendShipFromInfo", "True"),
        Pair("DSCO_SendOnePackagePerKitParent", "False"),
        Pair("DSCO_SendKitParentOnly", "False"),
        Pair("DSCO_SendInvoiceDate", "True"),
        Pair("DSCO_SendCurrencyCode", "True"),
        Pair("DSCO_NetTermDays", "30"),
        Pair("DSCO_NetTermType", "Net"),
        Pair("DSCO_SendShipToInfo", "True"),
        Pair("DSCO_SendSubtotal", "True"),
        Pair("DSCOSendCost", "True"),
        Pair("DSCO_SendDiscontinued", "True"),
        Pair("DSCO_SendUPC", "True"),
        Pair("DSCO_SendQtyOnOrder", "True"),
        Pair("DSCO_DontSendItemID", "False"),
        Pair("DSCOUseExpectedDeliveryDate", "False"),
        Pair("Consider replenishable products", "True"),
        Pair("Replenishable qty", "5"),
    };

    public static async Task SeedAsync(SqliteConnection connection, SqliteTransaction transaction, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        _ = timeProvider;
        await ExecAsync(connection, transaction, "INSERT INTO companies (id, name) VALUES ($id, $name);", cancellationToken, ("$id", CompanyId), ("$name", CompanyName));
        foreach (var (name, value) in Settings)
        {
            await ExecAsync(
                connection,
                transaction,
                "INSERT INTO company_settings (company_id, name, value) VALUES ($c, $n, $v);",
                cancellationToken,
                ("$c", CompanyId),
                ("$n", name),
                ("$v", value));
        }

        const string warehouseSql = """
            INSERT INTO warehouses (id, name, dsco_code, company, street1, city, state, postal_code, country, phone)
            VALUES ($id, $name, $code, $company, $street, $city, $state, $postal, 'US', $phone);
            """;
        await ExecAsync(connection, transaction, warehouseSql, cancellationToken, ("$id", 1), ("$name", "Lakewood"), ("$code", "Lakewood"), ("$company", "Demo Seller Inc."), ("$street", "1200 Industrial Way"), ("$city", "Lakewood"), ("$state", "NJ"), ("$postal", "08701"), ("$phone", "732-555-0100"));
        await ExecAsync(connection, transaction, warehouseSql, cancellationToken, ("$id", 2), ("$name", "Boston"), ("$code", "BostonWH"), ("$company", "Demo Seller Inc."), ("$street", "45 Harbor Street"), ("$city", "Boston"), ("$state", "MA"), ("$postal", "02210"), ("$phone", "617-555-0142"));

        await ProductAsync(connection, transaction, "NM-TSHIRT-BLK-M", "Black T-Shirt, M", "012345678905", 25, 10, cost: 8.75m, cancellationToken: cancellationToken);
        await WarehouseQtyAsync(connection, transaction, "NM-TSHIRT-BLK-M", 1, 20, 10, cancellationToken);
        await WarehouseQtyAsync(connection, transaction, "NM-TSHIRT-BLK-M", 2, 5, 0, cancellationToken);
        await ColumnsAsync(connection, transaction, "NM-TSHIRT-BLK-M", cancellationToken, ("DSCOItemID", "9000001"), ("NeimanMarcus_Enabled", "True"), ("DSCOSafetyQty", "2"));

        await ProductAsync(connection, transaction, "NM-SCARF-SILK", "Silk Scarf", "012345678912", 0, 0, replenishable: true, cost: 31m, cancellationToken: cancellationToken);
        await ColumnsAsync(connection, transaction, "NM-SCARF-SILK", cancellationToken, ("DSCOItemID", "9000002"), ("NeimanMarcus_Enabled", "True"));

        await ProductAsync(connection, transaction, "NM-CANDLE-SINGLE", "Scented Candle", "012345678936", 12, 0, cost: 4.10m, cancellationToken: cancellationToken);

        await ProductAsync(connection, transaction, "NM-CANDLE-3PK", "Scented Candle, 3-Pack", "012345678929", 0, 0, isKit: true, cancellationToken: cancellationToken);
        await ExecAsync(connection, transaction, "INSERT INTO kit_components (kit_product_id, component_product_id, qty_per_kit) VALUES ('NM-CANDLE-3PK', 'NM-CANDLE-SINGLE', 3);", cancellationToken);
        await ColumnsAsync(connection, transaction, "NM-CANDLE-3PK", cancellationToken, ("DSCOItemID", "9000003"), ("NeimanMarcus_Enabled", "True"));

        await ProductAsync(connection, transaction, "SC-BAG-001", "Leather Bag", "012345678943", 7, 0, cost: 120.50m, cancellationToken: cancellationToken);
        await ColumnsAsync(connection, transaction, "SC-BAG-001", cancellationToken, ("DSCOItemID", "9000004"), ("NeimanMarcus_Enabled", "True"), ("DSCOCost", "120.50"));

        await ProductAsync(connection, transaction, "NM-WALLET-BRN", "Brown Wallet", null, 3, 0, discontinued: true, cost: 22m, cancellationToken: cancellationToken);
        await ColumnsAsync(connection, transaction, "NM-WALLET-BRN", cancellationToken, ("DSCOItemID", "9000005"), ("NeimanMarcus_Enabled", "True"), ("DSCOIsDiscontinued", "True"));

        await ProductAsync(connection, transaction, "SC-NOT-LISTED", "Not Listed On DSCO", "099999999999", 50, 0, cancellationToken: cancellationToken);
    }

    private static KeyValuePair<string, string> Pair(string name, string value) => new(name, value);

    private static Task ProductAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        string productId,
        string name,
        string? upc,
        int available,
        int onOrder,
        bool isKit = false,
        bool discontinued = false,
        bool replenishable = false,
        decimal? cost = null,
        CancellationToken cancellationToken = default) =>
        ExecAsync(
            connection,
            transaction,
            """
            INSERT INTO products (product_id, company_id, name, upc, available_qty, on_order_qty, is_kit, discontinued, replenishable, cost)
            VALUES ($p, $c, $name, $upc, $a, $o, $kit, $disc, $repl, $cost);
            """,
            cancellationToken,
            ("$p", productId),
            ("$c", CompanyId),
            ("$name", name),
            ("$upc", upc),
            ("$a", available),
            ("$o", onOrder),
            ("$kit", isKit),
            ("$disc", discontinued),
            ("$repl", replenishable),
            ("$cost", cost?.ToString(CultureInfo.InvariantCulture)));

    private static Task WarehouseQtyAsync(SqliteConnection connection, SqliteTransaction transaction, string productId, int warehouseId, int available, int onOrder, CancellationToken cancellationToken) =>
        ExecAsync(
            connection,
            transaction,
            "INSERT INTO product_warehouse_qty (product_id, warehouse_id, available_qty, on_order_qty) VALUES ($p, $w, $a, $o);",
            cancellationToken,
            ("$p", productId),
            ("$w", warehouseId),
            ("$a", available),
            ("$o", onOrder));

    private static async Task ColumnsAsync(SqliteConnection connection, SqliteTransaction transaction, string productId, CancellationToken cancellationToken, params (string Name, string Value)[] columns)
    {
        foreach (var (name, value) in columns)
        {
            await ExecAsync(connection, transaction, "INSERT INTO product_custom_columns (product_id, name, value) VALUES ($p, $n, $v);", cancellationToken, ("$p", productId), ("$n", name), ("$v", value));
        }
    }

    private static Task ExecAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        connection.ExecAsync(transaction, sql, cancellationToken, parameters);
}
