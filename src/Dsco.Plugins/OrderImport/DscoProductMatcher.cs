using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Dsco.Plugins.Settings;
using Sellercloud.Plugins;

namespace Dsco.Plugins.OrderImport;

/// <summary>The identifiers a DSCO order line carries that can name a host product.</summary>
/// <param name="Sku">The supplier SKU (<c>sku</c>).</param>
/// <param name="Upc">The UPC (<c>upc</c>).</param>
/// <param name="DscoItemId">DSCO's item id (<c>dscoItemId</c>).</param>
/// <param name="PartnerSku">The retailer's SKU (<c>partnerSku</c>).</param>
public sealed record DscoLineIdentifiers(string? Sku, string? Upc, string? DscoItemId, string? PartnerSku)
{
    /// <summary>The identifiers as a person reads them in an error message.</summary>
    public override string ToString()
    {
        var parts = new List<string>();
        Add(parts, "sku", Sku);
        Add(parts, "upc", Upc);
        Add(parts, "dscoItemId", DscoItemId);
        Add(parts, "partnerSku", PartnerSku);
        return parts.Count == 0 ? "no identifiers" : string.Join(", ", parts);
    }

    private static void Add(List<string> parts, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            parts.Add($"{name} '{value!.Trim()}'");
        }
    }
}

/// <summary>Which rule matched a DSCO line to a host product, in the order the rules are tried.</summary>
public enum ProductMatchRule
{
    /// <summary>DSCO SKU equals the host product's UPC.</summary>
    SkuToUpc,

    /// <summary>DSCO SKU equals the host ProductID.</summary>
    SkuToProductId,

    /// <summary>DSCO UPC equals the host product's UPC.</summary>
    UpcToUpc,

    /// <summary>DSCO item id equals the host custom product column <c>DSCOItemID</c>.</summary>
    ItemIdToDscoItemId,

    /// <summary>DSCO partner SKU equals the host ProductID.</summary>
    PartnerSkuToProductId,
}

/// <summary>The result of matching one DSCO line: a product, or why there is none.</summary>
public sealed record ProductMatchResult
{
    private ProductMatchResult(string? productId, ProductMatchRule? rule, string? error)
    {
        ProductId = productId;
        Rule = rule;
        Error = error;
    }

    /// <summary>The matched host ProductID, or null.</summary>
    public string? ProductId { get; }

    /// <summary>The rule that matched, or null.</summary>
    public ProductMatchRule? Rule { get; }

    /// <summary>Why nothing matched, or null on a match.</summary>
    public string? Error { get; }

    /// <summary>True when a product matched.</summary>
    public bool IsMatch => ProductId is not null;

    internal static ProductMatchResult Match(string productId, ProductMatchRule rule) => new(productId, rule, null);

    internal static ProductMatchResult NoMatch(string error) => new(null, null, error);
}

/// <summary>
/// Finds the host product for a DSCO order line. The rules are tried in the product spec's order and the first
/// rule that finds a product wins: SKU → UPC, SKU → ProductID, UPC → UPC, item id → <c>DSCOItemID</c>,
/// partner SKU → ProductID. A rule that finds several different products is an error rather than a guess.
/// Lookups are cached for the life of the matcher (one run), since the same SKU recurs across orders.
/// </summary>
public sealed class DscoProductMatcher
{
    private const string DscoItemIdColumn = DscoProductColumns.ItemId;

    private readonly IHostProductService _products;
    private readonly Dictionary<ProductSearchKey, Task<IReadOnlyList<string>>> _cache = new();
    private readonly object _gate = new();

    /// <summary>Creates a matcher over the host's products.</summary>
    public DscoProductMatcher(IHostProductService products) =>
        _products = products ?? throw new ArgumentNullException(nameof(products));

    /// <summary>Matches one line.</summary>
    public async Task<ProductMatchResult> MatchAsync(DscoLineIdentifiers line, CancellationToken cancellationToken = default)
    {
        if (line is null)
        {
            throw new ArgumentNullException(nameof(line));
        }

        var rules = new (ProductMatchRule Rule, string? Value, Func<string, ProductSearch> Search)[]
        {
            (ProductMatchRule.SkuToUpc, line.Sku, ProductSearch.ByUpc),
            (ProductMatchRule.SkuToProductId, line.Sku, ProductSearch.ByProductId),
            (ProductMatchRule.UpcToUpc, line.Upc, ProductSearch.ByUpc),
            (ProductMatchRule.ItemIdToDscoItemId, line.DscoItemId, v => ProductSearch.ByCustomColumn(DscoItemIdColumn, v)),
            (ProductMatchRule.PartnerSkuToProductId, line.PartnerSku, ProductSearch.ByProductId),
        };

        foreach (var (rule, raw, search) in rules)
        {
            if (string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }

            var value = raw!.Trim();
            var found = await FindAsync(search(value), cancellationToken).ConfigureAwait(false);
            var distinct = found.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (distinct.Count == 1)
            {
                return ProductMatchResult.Match(distinct[0], rule);
            }

            if (distinct.Count > 1)
            {
                return ProductMatchResult.NoMatch(
                    $"{Describe(rule, value)} matches several host products ({string.Join(", ", distinct.OrderBy(p => p, StringComparer.Ordinal))}); " +
                    "make the identifier unique in the host so the line maps to exactly one product");
            }
        }

        return ProductMatchResult.NoMatch(
            $"no host product matches {line} (tried SKU as UPC, SKU as ProductID, UPC as UPC, item id as {DscoItemIdColumn}, partner SKU as ProductID)");
    }

    private Task<IReadOnlyList<string>> FindAsync(ProductSearch search, CancellationToken cancellationToken)
    {
        var key = new ProductSearchKey(search.Field, search.ColumnName, search.Value);
        lock (_gate)
        {
            if (_cache.TryGetValue(key, out var cached) && !cached.IsFaulted && !cached.IsCanceled)
            {
                return cached;
            }

            var task = _products.FindProductIdsAsync(search, cancellationToken);
            _cache[key] = task;
            return task;
        }
    }

    private static string Describe(ProductMatchRule rule, string value) => rule switch
    {
        ProductMatchRule.SkuToUpc => $"DSCO sku '{value}' as a UPC",
        ProductMatchRule.SkuToProductId => $"DSCO sku '{value}' as a ProductID",
        ProductMatchRule.UpcToUpc => $"DSCO upc '{value}'",
        ProductMatchRule.ItemIdToDscoItemId => $"DSCO item id '{value}' in {DscoItemIdColumn}",
        _ => $"DSCO partner sku '{value}' as a ProductID",
    };

    private readonly record struct ProductSearchKey(ProductSearchField Field, string? Column, string Value);
}
