using System.Linq;
using System.Threading.Tasks;
using Dsco.Plugins.Sample.Store;

namespace Dsco.Plugins.IntegrationTests.SampleHost;

public sealed class ProductCsvImporterTests
{
    [Fact]
    public async Task ImportAsync_BadRow_IsReportedByLineAndColumn_GoodRowsStillLoad()
    {
        await using var db = await TempDatabase.CreateAsync();
        const string csv = """
            ProductID,UPC,AvailableQty,OnOrderQty,Warehouse:1,Warehouse:Boston,Discontinued,NeimanMarcus_Enabled,DSCOItemID
            NEW-1,011111111111,,3,4,6,False,True,9100001
            NEW-2,022222222222,lots,0,,,,True,9100002
            "NEW-3, quoted",033333333333,9,0,,,Yes,,
            NEW-4,,1,-1,,,maybe,,
            """;

        var report = await new ProductCsvImporter(db.Store).ImportAsync(csv, 1);

        Assert.Equal(2, report.Loaded);
        Assert.Equal(new[] { (3, "AvailableQty"), (5, "OnOrderQty"), (5, "Discontinued") }, report.Errors.Select(e => (e.Line, e.Column)));
        Assert.Contains("'lots' is not a whole number", report.Errors[0].Message, System.StringComparison.Ordinal);
        Assert.Equal("line 3, column AvailableQty: 'lots' is not a whole number", report.Errors[0].ToString());

        var products = (await db.Products.GetProductsAsync(new[] { "NEW-1", "NEW-2", "NEW-3, quoted", "NEW-4" })).ToDictionary(p => p.ProductId);
        Assert.Equal(new[] { "NEW-1", "NEW-3, quoted" }, products.Keys.OrderBy(k => k, System.StringComparer.Ordinal));
        var first = products["NEW-1"];
        Assert.Equal((10, 3, "011111111111"), (first.AvailableQuantity, first.OnOrderQuantity, first.Upc));
        Assert.Equal(new[] { (1, 4), (2, 6) }, first.Warehouses.Select(w => (w.WarehouseId, w.AvailableQuantity)));
        Assert.Equal("9100001", first.CustomColumns["DSCOItemID"]);
        Assert.True(products["NEW-3, quoted"].IsDiscontinued);
    }

    [Fact]
    public async Task ImportAsync_ExistingProduct_EmptyCellsLeaveValuesAndKitComponentsDefineAKit()
    {
        await using var db = await TempDatabase.CreateAsync();
        const string csv = """
            ProductID,AvailableQty,IsKit,KitComponents,DSCOSafetyQty
            NM-TSHIRT-BLK-M,30,,,5
            NM-CANDLE-6PK,,,NM-CANDLE-SINGLE:6,
            BROKEN-KIT,,True,NM-CANDLE-SINGLE:x,
            MISSING-PART,,,NOT-A-PRODUCT:2,
            """;

        var report = await new ProductCsvImporter(db.Store).ImportAsync(csv, 1);

        Assert.Equal(2, report.Loaded);
        Assert.Equal(new[] { (4, "KitComponents"), (5, "KitComponents") }, report.Errors.Select(e => (e.Line, e.Column)));
        Assert.Contains("NOT-A-PRODUCT", report.Errors[1].Message, System.StringComparison.Ordinal);
        var products = (await db.Products.GetProductsAsync(new[] { "NM-TSHIRT-BLK-M", "NM-CANDLE-6PK" })).ToDictionary(p => p.ProductId);
        Assert.Equal(30, products["NM-TSHIRT-BLK-M"].AvailableQuantity);
        Assert.Equal("012345678905", products["NM-TSHIRT-BLK-M"].Upc);
        Assert.Equal("5", products["NM-TSHIRT-BLK-M"].CustomColumns["DSCOSafetyQty"]);
        Assert.Equal("9000001", products["NM-TSHIRT-BLK-M"].CustomColumns["DSCOItemID"]);
        Assert.True(products["NM-CANDLE-6PK"].IsKit);
        Assert.Equal(2, products["NM-CANDLE-6PK"].AvailableQuantity);
    }

    [Theory]
    [InlineData("UPC,AvailableQty\n1,2", "ProductID")]
    [InlineData("ProductID,Warehouse:9\nA,1", "Warehouse:9")]
    [InlineData("ProductID,UPC,upc\nA,1,2", "upc")]
    public async Task ImportAsync_BadHeader_LoadsNothingAndNamesTheColumn(string csv, string column)
    {
        await using var db = await TempDatabase.CreateAsync();

        var report = await new ProductCsvImporter(db.Store).ImportAsync(csv, 1);

        Assert.Equal(0, report.Loaded);
        var error = Assert.Single(report.Errors);
        Assert.Equal((1, column), (error.Line, error.Column));
        Assert.Equal(7, await db.SqlAsync("SELECT COUNT(*) FROM products;"));
    }

    [Fact]
    public async Task ImportAsync_ProductOfAnotherCompany_IsRejected()
    {
        await using var db = await TempDatabase.CreateAsync();
        await db.SqlAsync("INSERT INTO companies (id, name) VALUES (2, 'Other');");

        var report = await new ProductCsvImporter(db.Store).ImportAsync("ProductID,AvailableQty\nNM-TSHIRT-BLK-M,1\n", 2);

        Assert.Equal(0, report.Loaded);
        Assert.Contains("belongs to company 1", Assert.Single(report.Errors).Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void CsvReader_QuotedLineBreak_KeepsLineNumbersOfLaterRecords()
    {
        var records = CsvReader.Parse("a,b\r\n\"x\ny\",\"say \"\"hi\"\"\"\r\nlast,row");

        Assert.Equal(new[] { 1, 2, 4 }, records.Select(r => r.Line));
        Assert.Equal(new[] { "x\ny", "say \"hi\"" }, records[1].Fields);
    }
}
