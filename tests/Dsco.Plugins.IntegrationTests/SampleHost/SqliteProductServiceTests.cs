using System.Linq;
using System.Threading.Tasks;
using Sellercloud.Plugins;

namespace Dsco.Plugins.IntegrationTests.SampleHost;

public sealed class SqliteProductServiceTests
{
    [Theory]
    [InlineData("NM-TSHIRT-BLK-M", "NM-TSHIRT-BLK-M")]
    [InlineData("nm-tshirt-blk-m", null)]
    [InlineData("NM-NOPE", null)]
    public async Task FindProductIdsAsync_ByProductId_IsExact(string value, string? expected)
    {
        await using var db = await TempDatabase.CreateAsync();

        var ids = await db.Products.FindProductIdsAsync(ProductSearch.ByProductId(value));

        Assert.Equal(expected is null ? System.Array.Empty<string>() : new[] { expected }, ids);
    }

    [Fact]
    public async Task FindProductIdsAsync_ByUpc_ComparesTrimmedText()
    {
        await using var db = await TempDatabase.CreateAsync();
        await db.SqlAsync("UPDATE products SET upc = ' 012345678943 ' WHERE product_id = 'SC-BAG-001';");

        Assert.Equal(new[] { "SC-BAG-001" }, await db.Products.FindProductIdsAsync(ProductSearch.ByUpc("012345678943")));
        Assert.Empty(await db.Products.FindProductIdsAsync(ProductSearch.ByUpc("12345678943")));
    }

    [Fact]
    public async Task FindProductIdsAsync_ByCustomColumn_MatchesColumnNameCaseInsensitively()
    {
        await using var db = await TempDatabase.CreateAsync();

        Assert.Equal(new[] { "NM-TSHIRT-BLK-M" }, await db.Products.FindProductIdsAsync(ProductSearch.ByCustomColumn("dscoitemid", "9000001")));
        Assert.Equal(new[] { "SC-BAG-001" }, await db.Products.FindProductIdsAsync(ProductSearch.ByCustomColumn("DSCOItemID", " 9000004 ")));
        Assert.Empty(await db.Products.FindProductIdsAsync(ProductSearch.ByCustomColumn("DSCOItemID", "9000009")));
    }

    [Fact]
    public async Task GetProductsAsync_ReturnsQuantitiesWarehousesAndColumns()
    {
        await using var db = await TempDatabase.CreateAsync();

        var shirt = Assert.Single(await db.Products.GetProductsAsync(new[] { "NM-TSHIRT-BLK-M" }));

        Assert.Equal((25, 10, "012345678905"), (shirt.AvailableQuantity, shirt.OnOrderQuantity, shirt.Upc));
        Assert.Equal(new[] { (1, "Lakewood", 20), (2, "Boston", 5) }, shirt.Warehouses.Select(w => (w.WarehouseId, w.WarehouseName!, w.AvailableQuantity)));
        Assert.Equal("2", shirt.CustomColumns["dscosafetyqty"]);
        Assert.Equal("True", shirt.CustomColumns["NeimanMarcus_Enabled"]);
    }

    [Fact]
    public async Task GetProductsAsync_Kit_AvailabilityComesFromItsComponents()
    {
        await using var db = await TempDatabase.CreateAsync();

        var kit = Assert.Single(await db.Products.GetProductsAsync(new[] { "NM-CANDLE-3PK" }));
        Assert.True(kit.IsKit);
        Assert.Equal(new KitComponent("NM-CANDLE-SINGLE", 3), Assert.Single(kit.KitComponents));
        Assert.Equal(4, kit.AvailableQuantity);

        await db.SqlAsync("UPDATE products SET available_qty = 11 WHERE product_id = 'NM-CANDLE-SINGLE';");
        Assert.Equal(3, Assert.Single(await db.Products.GetProductsAsync(new[] { "NM-CANDLE-3PK" })).AvailableQuantity);

        await db.SqlAsync("UPDATE products SET available_qty = -2 WHERE product_id = 'NM-CANDLE-SINGLE';");
        Assert.Equal(0, Assert.Single(await db.Products.GetProductsAsync(new[] { "NM-CANDLE-3PK" })).AvailableQuantity);
    }

    [Fact]
    public async Task GetProductsAsync_FlagsAndUnknownIds()
    {
        await using var db = await TempDatabase.CreateAsync();

        var products = (await db.Products.GetProductsAsync(new[] { "NM-WALLET-BRN", "NM-SCARF-SILK", "NOPE", "SC-BAG-001" })).ToDictionary(p => p.ProductId);

        Assert.Equal(3, products.Count);
        Assert.True(products["NM-WALLET-BRN"].IsDiscontinued);
        Assert.Null(products["NM-WALLET-BRN"].Upc);
        Assert.True(products["NM-SCARF-SILK"].IsReplenishable);
        Assert.Equal(0, products["NM-SCARF-SILK"].AvailableQuantity);
        Assert.Equal(120.50m, products["SC-BAG-001"].Cost);
    }
}
