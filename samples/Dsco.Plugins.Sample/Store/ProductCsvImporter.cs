using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;

namespace Dsco.Plugins.Sample.Store;

/// <summary>One problem of a products CSV: where it is and what is wrong.</summary>
internal sealed record CsvError(int Line, string Column, string Message)
{
    public override string ToString() => $"line {Line}, column {Column}: {Message}";
}

/// <summary>What a products CSV import did. <paramref name="FileRejected"/>: the header (or file) is wrong, no row was read.</summary>
internal sealed record CsvImportReport(int Loaded, IReadOnlyList<CsvError> Errors, bool FileRejected = false);

/// <summary>
/// Loads products from a CSV the way Sellercloud's bulk product update does: a header row names the columns,
/// known columns set product fields, every other column is a custom product column of that name. An empty
/// cell leaves the value as it is. A bad row is reported by line and column and the other rows still load.
/// </summary>
/// <remarks>
/// Columns (case-insensitive): <c>ProductID</c> (required), <c>Name</c>, <c>UPC</c>, <c>AvailableQty</c>,
/// <c>OnOrderQty</c>, <c>Warehouse:&lt;id or name&gt;</c> (available qty in that warehouse; AvailableQty defaults
/// to their sum), <c>IsKit</c>, <c>KitComponents</c> (<c>SKU:qty</c> separated by <c>;</c>), <c>Discontinued</c>,
/// <c>Replenishable</c>, <c>Cost</c>. Booleans: True/False, Yes/No, 1/0.
/// </remarks>
internal sealed class ProductCsvImporter
{
    private static readonly HashSet<string> KnownColumns = new(StringComparer.OrdinalIgnoreCase)
    {
        "ProductID", "Name", "UPC", "AvailableQty", "OnOrderQty", "IsKit", "KitComponents", "Discontinued", "Replenishable", "Cost",
    };

    private static readonly char[] ComponentSeparators = { ';', '|' };

    private readonly SqliteStore _store;

    public ProductCsvImporter(SqliteStore store) => _store = store ?? throw new ArgumentNullException(nameof(store));

    public async Task<CsvImportReport> ImportFileAsync(string path, int companyId, CancellationToken cancellationToken = default)
    {
        string text;
        try
        {
            text = await File.ReadAllTextAsync(path, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"Products file '{path}' cannot be read: {ex.Message}", ex);
        }

        return await ImportAsync(text, companyId, cancellationToken);
    }

    public async Task<CsvImportReport> ImportAsync(string csv, int companyId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var records = CsvReader.Parse(csv);
        if (records.Count == 0)
        {
            return new CsvImportReport(0, new[] { new CsvError(1, "(header)", "the file is empty; expected a header row with ProductID") }, FileRejected: true);
        }

        await using var connection = await _store.OpenConnectionAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        var warehouses = await ReadWarehousesAsync(connection, transaction, cancellationToken);

        var header = records[0];
        var headerErrors = new List<CsvError>();
        var columns = ParseHeader(header, warehouses, headerErrors);
        if (headerErrors.Count > 0)
        {
            return new CsvImportReport(0, headerErrors, FileRejected: true);
        }

        var errors = new List<CsvError>();
        var rows = new List<ProductRow>();
        foreach (var record in records.Skip(1))
        {
            if (record.Fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            var row = await ParseRowAsync(connection, transaction, record, columns, companyId, cancellationToken);
            if (row.Errors.Count > 0)
            {
                errors.AddRange(row.Errors);
            }
            else
            {
                rows.Add(row);
            }
        }

        // A kit's components must exist, in the host or as a good row of this file; drop kits until that holds.
        var known = new HashSet<string>(rows.Select(r => r.ProductId), StringComparer.Ordinal);
        bool changed;
        do
        {
            changed = false;
            foreach (var row in rows.ToList())
            {
                var missing = row.KitComponents?.Select(c => c.ProductId).FirstOrDefault(id => !known.Contains(id) && !row.ExistingIds.Contains(id));
                if (missing is not null)
                {
                    errors.Add(new CsvError(row.Line, "KitComponents", $"component '{missing}' is neither an existing product nor a good row of this file"));
                    rows.Remove(row);
                    known.Remove(row.ProductId);
                    changed = true;
                }
            }
        }
        while (changed);

        foreach (var row in rows)
        {
            await ApplyProductAsync(connection, transaction, row, companyId, cancellationToken);
        }

        foreach (var row in rows.Where(r => r.KitComponents is not null || r.IsKit == false))
        {
            await connection.ExecAsync(transaction, "DELETE FROM kit_components WHERE kit_product_id = $p;", cancellationToken, ("$p", row.ProductId));
            foreach (var (component, perKit) in row.KitComponents ?? new List<(string, int)>())
            {
                await connection.ExecAsync(
                    transaction,
                    "INSERT INTO kit_components (kit_product_id, component_product_id, qty_per_kit) VALUES ($k, $c, $q);",
                    cancellationToken,
                    ("$k", row.ProductId),
                    ("$c", component),
                    ("$q", perKit));
            }
        }

        await transaction.CommitAsync(cancellationToken);
        errors.Sort((a, b) => a.Line.CompareTo(b.Line));
        return new CsvImportReport(rows.Count, errors);
    }

    private static List<Column> ParseHeader(CsvRecord header, IReadOnlyList<(int Id, string Name)> warehouses, List<CsvError> errors)
    {
        var columns = new List<Column>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Fields.Count; i++)
        {
            var name = header.Fields[i].Trim();
            if (name.Length == 0)
            {
                errors.Add(new CsvError(header.Line, $"#{i + 1}", "the header has an empty column name"));
                continue;
            }

            if (!seen.Add(name))
            {
                errors.Add(new CsvError(header.Line, name, "the column appears twice in the header"));
                continue;
            }

            if (name.StartsWith("Warehouse:", StringComparison.OrdinalIgnoreCase))
            {
                var key = name["Warehouse:".Length..].Trim();
                var match = warehouses.FirstOrDefault(w => w.Id.ToString(CultureInfo.InvariantCulture) == key || string.Equals(w.Name, key, StringComparison.OrdinalIgnoreCase));
                if (match.Name is null)
                {
                    errors.Add(new CsvError(header.Line, name, $"no warehouse '{key}'; expected one of {string.Join(", ", warehouses.Select(w => $"{w.Id} ({w.Name})"))}"));
                    continue;
                }

                columns.Add(new Column(i, name, ColumnKind.Warehouse, match.Id));
            }
            else
            {
                columns.Add(new Column(i, name, KnownColumns.Contains(name) ? ColumnKind.Known : ColumnKind.Custom, 0));
            }
        }

        if (!columns.Any(c => c.Kind == ColumnKind.Known && c.Name.Equals("ProductID", StringComparison.OrdinalIgnoreCase)))
        {
            errors.Add(new CsvError(header.Line, "ProductID", "the header has no ProductID column"));
        }

        return columns;
    }

    private static async Task<ProductRow> ParseRowAsync(SqliteConnection connection, SqliteTransaction transaction, CsvRecord record, List<Column> columns, int companyId, CancellationToken cancellationToken)
    {
        var row = new ProductRow { Line = record.Line };
        if (record.Fields.Count > columns.Max(c => c.Index) + 1)
        {
            row.Errors.Add(new CsvError(record.Line, "(row)", $"the row has {record.Fields.Count} fields but the header has {columns.Max(c => c.Index) + 1}"));
            return row;
        }

        string Cell(Column column) => column.Index < record.Fields.Count ? record.Fields[column.Index].Trim() : string.Empty;

        foreach (var column in columns)
        {
            var value = Cell(column);
            if (value.Length == 0)
            {
                continue;
            }

            switch (column.Kind)
            {
                case ColumnKind.Warehouse:
                    if (ParseInt(row, column.Name, value, allowNegative: true) is int qty)
                    {
                        row.Warehouses[column.WarehouseId] = qty;
                    }

                    break;
                case ColumnKind.Custom:
                    row.CustomColumns[column.Name] = value;
                    break;
                default:
                    ParseKnown(row, column.Name, value);
                    break;
            }
        }

        if (string.IsNullOrEmpty(row.ProductId))
        {
            row.Errors.Add(new CsvError(record.Line, "ProductID", "the ProductID is empty"));
            return row;
        }

        var owner = await connection.ScalarInt64Async(transaction, "SELECT company_id FROM products WHERE product_id = $p;", cancellationToken, ("$p", row.ProductId));
        if (owner is not null && owner.Value != companyId)
        {
            row.Errors.Add(new CsvError(record.Line, "ProductID", $"product '{row.ProductId}' belongs to company {owner.Value}, not {companyId}"));
        }

        row.Exists = owner is not null;
        if (row.KitComponents is not null)
        {
            foreach (var (component, _) in row.KitComponents)
            {
                if (string.Equals(component, row.ProductId, StringComparison.Ordinal))
                {
                    row.Errors.Add(new CsvError(record.Line, "KitComponents", $"kit '{row.ProductId}' cannot contain itself"));
                }
                else if (await connection.ScalarInt64Async(transaction, "SELECT COUNT(*) FROM products WHERE product_id = $p;", cancellationToken, ("$p", component)) > 0)
                {
                    row.ExistingIds.Add(component);
                }
            }
        }
        else if (row.IsKit == true && (!row.Exists ||
            await connection.ScalarInt64Async(transaction, "SELECT COUNT(*) FROM kit_components WHERE kit_product_id = $p;", cancellationToken, ("$p", row.ProductId)) == 0))
        {
            row.Errors.Add(new CsvError(record.Line, "KitComponents", "IsKit is True but the kit has no components; list them as SKU:qty;SKU:qty"));
        }

        if (row.IsKit == false && row.KitComponents is { Count: > 0 })
        {
            row.Errors.Add(new CsvError(record.Line, "IsKit", "IsKit is False but KitComponents are given"));
        }

        return row;
    }

    private static void ParseKnown(ProductRow row, string column, string value)
    {
        switch (column.ToUpperInvariant())
        {
            case "PRODUCTID":
                row.ProductId = value;
                break;
            case "NAME":
                row.Name = value;
                break;
            case "UPC":
                row.Upc = value;
                break;
            case "AVAILABLEQTY":
                row.AvailableQty = ParseInt(row, column, value, allowNegative: true);
                break;
            case "ONORDERQTY":
                row.OnOrderQty = ParseInt(row, column, value, allowNegative: false);
                break;
            case "ISKIT":
                row.IsKit = ParseBool(row, column, value);
                break;
            case "DISCONTINUED":
                row.Discontinued = ParseBool(row, column, value);
                break;
            case "REPLENISHABLE":
                row.Replenishable = ParseBool(row, column, value);
                break;
            case "COST":
                if (decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var cost) && cost >= 0)
                {
                    row.Cost = cost;
                }
                else
                {
                    row.Errors.Add(new CsvError(row.Line, column, $"'{value}' is not a cost; expected a non-negative number like 12.50"));
                }

                break;
            case "KITCOMPONENTS":
                row.KitComponents = new List<(string, int)>();
                foreach (var part in value.Split(ComponentSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    var colon = part.LastIndexOf(':');
                    var sku = colon > 0 ? part[..colon].Trim() : part;
                    var qtyText = colon > 0 ? part[(colon + 1)..].Trim() : "1";
                    if (sku.Length == 0 || !int.TryParse(qtyText, NumberStyles.None, CultureInfo.InvariantCulture, out var perKit) || perKit <= 0)
                    {
                        row.Errors.Add(new CsvError(row.Line, column, $"'{part}' is not a component; expected SKU:qty with qty a whole number above 0 (e.g. NM-CANDLE-SINGLE:3)"));
                        continue;
                    }

                    if (row.KitComponents.Any(c => c.ProductId == sku))
                    {
                        row.Errors.Add(new CsvError(row.Line, column, $"component '{sku}' is listed twice"));
                        continue;
                    }

                    row.KitComponents.Add((sku, perKit));
                }

                if (row.KitComponents.Count == 0 && row.Errors.Count == 0)
                {
                    row.Errors.Add(new CsvError(row.Line, column, $"'{value}' lists no components"));
                }

                break;
        }
    }

    private static int? ParseInt(ProductRow row, string column, string value, bool allowNegative)
    {
        if (int.TryParse(value, allowNegative ? NumberStyles.AllowLeadingSign : NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        row.Errors.Add(new CsvError(row.Line, column, $"'{value}' is not a whole number{(allowNegative ? string.Empty : " of 0 or more")}"));
        return null;
    }

    private static bool? ParseBool(ProductRow row, string column, string value)
    {
        switch (value.ToUpperInvariant())
        {
            case "TRUE" or "YES" or "1":
                return true;
            case "FALSE" or "NO" or "0":
                return false;
            default:
                row.Errors.Add(new CsvError(row.Line, column, $"'{value}' is not a boolean; expected True or False"));
                return null;
        }
    }

    private static async Task ApplyProductAsync(SqliteConnection connection, SqliteTransaction transaction, ProductRow row, int companyId, CancellationToken cancellationToken)
    {
        var available = row.AvailableQty ?? (row.Warehouses.Count > 0 ? row.Warehouses.Values.Sum() : null);
        if (!row.Exists)
        {
            await connection.ExecAsync(transaction, "INSERT INTO products (product_id, company_id) VALUES ($p, $c);", cancellationToken, ("$p", row.ProductId), ("$c", companyId));
        }

        var sets = new List<(string Column, object? Value)>();
        if (row.Name is not null) sets.Add(("name", row.Name));
        if (row.Upc is not null) sets.Add(("upc", row.Upc));
        if (available is not null) sets.Add(("available_qty", available.Value));
        if (row.OnOrderQty is not null) sets.Add(("on_order_qty", row.OnOrderQty.Value));
        if (row.Discontinued is not null) sets.Add(("discontinued", row.Discontinued.Value));
        if (row.Replenishable is not null) sets.Add(("replenishable", row.Replenishable.Value));
        if (row.Cost is not null) sets.Add(("cost", Db.Money(row.Cost.Value)));
        if (row.KitComponents is not null || row.IsKit is not null) sets.Add(("is_kit", row.KitComponents is not null || row.IsKit == true));
        if (sets.Count > 0)
        {
            var sql = $"UPDATE products SET {string.Join(", ", sets.Select(s => $"{s.Column} = ${s.Column}"))} WHERE product_id = $p;";
            await connection.ExecAsync(transaction, sql, cancellationToken, sets.Select(s => ("$" + s.Column, s.Value)).Append(("$p", row.ProductId)).ToArray());
        }

        foreach (var (warehouseId, qty) in row.Warehouses)
        {
            await connection.ExecAsync(
                transaction,
                """
                INSERT INTO product_warehouse_qty (product_id, warehouse_id, available_qty) VALUES ($p, $w, $q)
                ON CONFLICT (product_id, warehouse_id) DO UPDATE SET available_qty = excluded.available_qty;
                """,
                cancellationToken,
                ("$p", row.ProductId),
                ("$w", warehouseId),
                ("$q", qty));
        }

        foreach (var (name, value) in row.CustomColumns)
        {
            await connection.ExecAsync(
                transaction,
                "INSERT INTO product_custom_columns (product_id, name, value) VALUES ($p, $n, $v) ON CONFLICT (product_id, name) DO UPDATE SET value = excluded.value;",
                cancellationToken,
                ("$p", row.ProductId),
                ("$n", name),
                ("$v", value));
        }
    }

    private static async Task<IReadOnlyList<(int Id, string Name)>> ReadWarehousesAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        var result = new List<(int, string)>();
        await using var command = connection.Command(transaction, "SELECT id, name FROM warehouses ORDER BY id;");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add((reader.GetInt32(0), reader.GetString(1)));
        }

        return result;
    }

    private enum ColumnKind
    {
        Known,
        Warehouse,
        Custom,
    }

    private sealed record Column(int Index, string Name, ColumnKind Kind, int WarehouseId);

    private sealed class ProductRow
    {
        public int Line { get; init; }

        public List<CsvError> Errors { get; } = new();

        public string ProductId { get; set; } = string.Empty;

        public bool Exists { get; set; }

        public string? Name { get; set; }

        public string? Upc { get; set; }

        public int? AvailableQty { get; set; }

        public int? OnOrderQty { get; set; }

        public bool? IsKit { get; set; }

        public bool? Discontinued { get; set; }

        public bool? Replenishable { get; set; }

        public decimal? Cost { get; set; }

        public List<(string ProductId, int PerKit)>? KitComponents { get; set; }

        public HashSet<string> ExistingIds { get; } = new(StringComparer.Ordinal);

        public Dictionary<int, int> Warehouses { get; } = new();

        public Dictionary<string, string> CustomColumns { get; } = new(StringComparer.OrdinalIgnoreCase);
    }
}

/// <summary>One CSV record and the line it starts on.</summary>
internal sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);

/// <summary>A small RFC 4180 reader: commas, double-quoted fields with "" escapes and line breaks inside quotes.</summary>
internal static class CsvReader
{
    public static IReadOnlyList<CsvRecord> Parse(string text)
    {
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var inQuotes = false;
        var any = false;
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    inQuotes = false;
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    inQuotes = true;
                    any = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    any = true;
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    records.Add(new CsvRecord(recordLine, fields.ToArray()));
                    fields.Clear();
                    any = false;
                    line++;
                    recordLine = line;
                    break;
                default:
                    field.Append(c);
                    any = true;
                    break;
            }
        }

        if (any || field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add(new CsvRecord(recordLine, fields.ToArray()));
        }

        return records;
    }
}
