using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Dsco.Plugins.OrderImport;
using Sellercloud.Plugins;

namespace Dsco.Plugins.Tests.OrderImport;

public class DscoProductMatcherTests
{
    // A catalogue where one product can be reached by every rule, so precedence is visible.
    private static readonly InMemoryProducts Catalogue = new(
        new HostProduct { ProductId = "SKU-1", Upc = "111111111111" },
        new HostProduct { ProductId = "111111111112", Upc = "222222222222" },
        new HostProduct { ProductId = "UPC-HOLDER", Upc = "333333333333" },
        new HostProduct { ProductId = "ITEM-HOLDER", CustomColumns = new Dictionary<string, string> { ["DSCOItemID"] = "9001" } },
        new HostProduct { ProductId = "PARTNER-1" },
        new HostProduct { ProductId = "TWIN-A", Upc = "444444444444" },
        new HostProduct { ProductId = "TWIN-B", Upc = "444444444444" });

    [Fact]
    public async Task MatchAsync_SkuEqualToAUpc_WinsOverSkuEqualToAProductId()
    {
        // "111111111112" is both a ProductID and (below) the UPC of another product: SKU → UPC comes first.
        var products = new InMemoryProducts(
            new HostProduct { ProductId = "111111111112" },
            new HostProduct { ProductId = "BY-UPC", Upc = "111111111112" });

        var result = await new DscoProductMatcher(products).MatchAsync(new DscoLineIdentifiers("111111111112", null, null, null));

        Assert.Equal("BY-UPC", result.ProductId);
        Assert.Equal(ProductMatchRule.SkuToUpc, result.Rule);
    }

    [Fact]
    public async Task MatchAsync_LineMatchingEveryRule_TakesTheFirstRuleInSpecOrder()
    {
        var matcher = new DscoProductMatcher(Catalogue);

        var all = await matcher.MatchAsync(new DscoLineIdentifiers("SKU-1", "333333333333", "9001", "PARTNER-1"));
        var noSku = await matcher.MatchAsync(new DscoLineIdentifiers(null, "333333333333", "9001", "PARTNER-1"));
        var itemAndPartner = await matcher.MatchAsync(new DscoLineIdentifiers("unknown", "000000000000", "9001", "PARTNER-1"));
        var partnerOnly = await matcher.MatchAsync(new DscoLineIdentifiers(null, null, null, "PARTNER-1"));

        Assert.Equal(("SKU-1", ProductMatchRule.SkuToProductId), (all.ProductId, all.Rule!.Value));
        Assert.Equal(("UPC-HOLDER", ProductMatchRule.UpcToUpc), (noSku.ProductId, noSku.Rule!.Value));
        Assert.Equal(("ITEM-HOLDER", ProductMatchRule.ItemIdToDscoItemId), (itemAndPartner.ProductId, itemAndPartner.Rule!.Value));
        Assert.Equal(("PARTNER-1", ProductMatchRule.PartnerSkuToProductId), (partnerOnly.ProductId, partnerOnly.Rule!.Value));
    }

    [Fact]
    public async Task MatchAsync_NothingMatches_SaysWhatWasTried()
    {
        var result = await new DscoProductMatcher(Catalogue).MatchAsync(new DscoLineIdentifiers("NOPE", "999999999999", null, null));

        Assert.False(result.IsMatch);
        Assert.Contains("sku 'NOPE'", result.Error);
        Assert.Contains("upc '999999999999'", result.Error);
        Assert.Contains("DSCOItemID", result.Error);
    }

    [Fact]
    public async Task MatchAsync_RuleFindingTwoProducts_IsAnErrorNamingBoth()
    {
        var result = await new DscoProductMatcher(Catalogue).MatchAsync(new DscoLineIdentifiers(null, "444444444444", null, null));

        Assert.False(result.IsMatch);
        Assert.Contains("TWIN-A, TWIN-B", result.Error);
    }

    [Fact]
    public async Task MatchAsync_TrimsIdentifiersAndCachesLookupsWithinARun()
    {
        var products = new InMemoryProducts(new HostProduct { ProductId = "SKU-1" });
        var matcher = new DscoProductMatcher(products);

        await matcher.MatchAsync(new DscoLineIdentifiers(" SKU-1 ", null, null, null));
        await matcher.MatchAsync(new DscoLineIdentifiers("SKU-1", null, null, null));

        // One UPC lookup and one ProductID lookup for "SKU-1", not two of each.
        Assert.Equal(2, products.Searches.Count);
        Assert.All(products.Searches, s => Assert.Equal("SKU-1", s.Value));
    }

    internal sealed class InMemoryProducts : IHostProductService
    {
        private readonly List<HostProduct> _products;

        public InMemoryProducts(params HostProduct[] products) => _products = products.ToList();

        public List<ProductSearch> Searches { get; } = new();

        public Task<IReadOnlyList<string>> FindProductIdsAsync(ProductSearch search, CancellationToken cancellationToken = default)
        {
            Searches.Add(search);
            IEnumerable<HostProduct> hits = search.Field switch
            {
                ProductSearchField.ProductId => _products.Where(p => p.ProductId == search.Value),
                ProductSearchField.Upc => _products.Where(p => p.Upc == search.Value),
                _ => _products.Where(p => p.CustomColumns.TryGetValue(search.ColumnName!, out var v) && v == search.Value),
            };
            return Task.FromResult<IReadOnlyList<string>>(hits.Select(p => p.ProductId).ToList());
        }

        public Task<IReadOnlyList<HostProduct>> GetProductsAsync(IReadOnlyCollection<string> productIds, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<HostProduct>>(_products.Where(p => productIds.Contains(p.ProductId)).ToList());
    }
}
