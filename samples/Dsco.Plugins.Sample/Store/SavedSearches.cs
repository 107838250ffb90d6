using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Sellercloud.Plugins;

namespace Dsco.Plugins.Sample.Store;

/// <summary>An order saved search: every criterion that is set must hold.</summary>
internal sealed record OrderSavedSearch
{
    public required string Name { get; init; }

    public required int CompanyId { get; init; }

    public IReadOnlyList<OrderStatus> Statuses { get; init; } = Array.Empty<OrderStatus>();

    public PaymentStatus? PaymentStatus { get; init; }

    public ShippingStatus? ShippingStatus { get; init; }

    public bool? TrackingUploaded { get; init; }

    public bool? InvoiceUploaded { get; init; }

    /// <summary>Leaves out orders split from another (the invoice export works on parents, which carry their children).</summary>
    public bool ParentOrdersOnly { get; init; }

    /// <summary>The product spec's tracking export search.</summary>
    public static OrderSavedSearch TrackingExport(int companyId) => new()
    {
        Name = "DSCO tracking export",
        CompanyId = companyId,
        Statuses = new[] { OrderStatus.InProcess, OrderStatus.Completed },
        PaymentStatus = Sellercloud.Plugins.PaymentStatus.Charged,
        ShippingStatus = Sellercloud.Plugins.ShippingStatus.FullyShipped,
        TrackingUploaded = false,
    };

    /// <summary>The product spec's invoice export search, parents only as it asks for split orders.</summary>
    public static OrderSavedSearch InvoiceExport(int companyId) => new()
    {
        Name = "DSCO invoice export",
        CompanyId = companyId,
        Statuses = new[] { OrderStatus.InProcess, OrderStatus.Completed },
        ShippingStatus = Sellercloud.Plugins.ShippingStatus.FullyShipped,
        InvoiceUploaded = false,
        TrackingUploaded = true,
        ParentOrdersOnly = true,
    };

    public override string ToString()
    {
        var parts = new List<string> { $"company {CompanyId}" };
        if (Statuses.Count > 0)
        {
            parts.Add("status " + string.Join(" or ", Statuses));
        }

        if (PaymentStatus is not null)
        {
            parts.Add($"payment {PaymentStatus}");
        }

        if (ShippingStatus is not null)
        {
            parts.Add($"shipping {ShippingStatus}");
        }

        if (TrackingUploaded is not null)
        {
            parts.Add("Tracking Uploaded " + (TrackingUploaded.Value ? "Yes" : "No"));
        }

        if (InvoiceUploaded is not null)
        {
            parts.Add("Invoice Uploaded " + (InvoiceUploaded.Value ? "Yes" : "No"));
        }

        if (ParentOrdersOnly)
        {
            parts.Add("parent orders only");
        }

        return $"{Name}: {string.Join(", ", parts)}";
    }
}

/// <summary>A product saved search: the company's products, optionally only those with a custom column value.</summary>
internal sealed record ProductSavedSearch
{
    public required string Name { get; init; }

    public required int CompanyId { get; init; }

    /// <summary>A custom column that must equal <see cref="RequiredColumnValue"/> (compared case-insensitively, like a True/False column).</summary>
    public string? RequiredColumn { get; init; }

    public string? RequiredColumnValue { get; init; }

    /// <summary>The product spec's inventory export search; the demo enables products with NeimanMarcus_Enabled.</summary>
    public static ProductSavedSearch InventoryExport(int companyId, bool onlyEnabled) => new()
    {
        Name = "DSCO inventory export",
        CompanyId = companyId,
        RequiredColumn = onlyEnabled ? "NeimanMarcus_Enabled" : null,
        RequiredColumnValue = onlyEnabled ? "True" : null,
    };

    public override string ToString() =>
        RequiredColumn is null ? $"{Name}: company {CompanyId}" : $"{Name}: company {CompanyId}, {RequiredColumn} {RequiredColumnValue}";
}

/// <summary>Runs saved searches against the store.</summary>
internal sealed class SavedSearchService
{
    private readonly SqliteStore _store;

    public SavedSearchService(SqliteStore store) => _store = store ?? throw new ArgumentNullException(nameof(store));

    public async Task<IReadOnlyList<int>> FindOrdersAsync(OrderSavedSearch search, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        var sql = new StringBuilder("SELECT id FROM orders WHERE company_id = $c");
        var parameters = new List<(string, object?)> { ("$c", search.CompanyId) };
        if (search.Statuses.Count > 0)
        {
            sql.Append(" AND status IN (").Append(string.Join(", ", search.Statuses.Select((_, i) => "$s" + i))).Append(')');
            parameters.AddRange(search.Statuses.Select((s, i) => ("$s" + i, (object?)(int)s)));
        }

        Add(sql, parameters, "payment_status", search.PaymentStatus is null ? null : (int)search.PaymentStatus.Value);
        Add(sql, parameters, "shipping_status", search.ShippingStatus is null ? null : (int)search.ShippingStatus.Value);
        Add(sql, parameters, "tracking_uploaded", search.TrackingUploaded is null ? null : (search.TrackingUploaded.Value ? 1 : 0));
        Add(sql, parameters, "invoice_uploaded", search.InvoiceUploaded is null ? null : (search.InvoiceUploaded.Value ? 1 : 0));
        if (search.ParentOrdersOnly)
        {
            sql.Append(" AND split_parent_order_id IS NULL");
        }

        sql.Append(" ORDER BY id;");
        await using var connection = await _store.OpenConnectionAsync(cancellationToken);
        await using var command = connection.Command(null, sql.ToString(), parameters.ToArray());
        return await SqliteOrderService.ReadIdsAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<string>> FindProductsAsync(ProductSavedSearch search, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        await using var connection = await _store.OpenConnectionAsync(cancellationToken);
        await using var command = search.RequiredColumn is null
            ? connection.Command(null, "SELECT product_id FROM products WHERE company_id = $c ORDER BY product_id;", ("$c", search.CompanyId))
            : connection.Command(
                null,
                """
                SELECT p.product_id FROM products p JOIN product_custom_columns c ON c.product_id = p.product_id
                WHERE p.company_id = $c AND c.name = $n AND lower(trim(c.value)) = lower($v) ORDER BY p.product_id;
                """,
                ("$c", search.CompanyId),
                ("$n", search.RequiredColumn),
                ("$v", search.RequiredColumnValue ?? string.Empty));
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private static void Add(StringBuilder sql, List<(string, object?)> parameters, string column, int? value)
    {
        if (value is null)
        {
            return;
        }

        var name = "$" + column;
        sql.Append(" AND ").Append(column).Append(" = ").Append(name);
        parameters.Add((name, value.Value));
    }
}
