using System;
using System.Linq;
using System.Reflection;
using Dsco.Plugins.Settings;
using N = Dsco.Plugins.Settings.DscoSettingNames;

namespace Dsco.Plugins.Tests.Settings;

public class DscoSettingsCatalogTests
{
    // The 51 names of the product spec, copied letter for letter.
    private static readonly string[] SpecCompanySettings =
    {
        "DSCO_Token", "DSCO_SupplierId", "DSCO_ClientID", "DSCO_ClientSecret", "DSCO_StreamID", "DSCO_StreamPosition",
        "Consider replenishable products", "Replenishable qty", "DSCOUseExpectedDeliveryDate", "DSCO_WarehouseCode",
        "DSCO_WarehouseCodes", "DSCO_DontSendItemID", "DSCOSendCost", "DSCO_SendDiscontinued", "DSCO_SendUPC",
        "DSCO_SendQtyOnOrder", "DSCO_ExportSsccCode", "DSCO_StandardWarehouseCode", "DSCO_IncludeWarehouseCodeInTracking",
        "DSCO_SendOnePackagePerKitParent", "DSCO_SendKitParentOnly", "DSCO_SendShipFromInfo", "DSCO_SendPackageWeight",
        "DSCO_SendInvoiceDate", "DSCO_SendCurrencyCode", "DSCO_NetTermDays", "DSCO_NetTermType", "DSCO_SendShipToInfo",
        "DSCO_SendSubtotal", "DSCO_NeimanMarcus", "DSCO_MarkOrdersUnpaid", "DSCO_LockShippingMethod",
        "DSCO_IncludeWarehouseCodesInOrderImport", "DSCO_ShippingRequiresThirdPartyBilling", "DSCO_AllowShippingUSPS",
        "DSCO_AllowShippingUPS", "DSCO_CreatePayments", "DSCO_CoopFeePercentage",
    };

    private static readonly string[] SpecProductColumns =
    {
        "DSCOItemID", "DSCOSafetyQty", "DSCOIsDiscontinued", "NeimanMarcus_Enabled", "DSCOEXPECTEDDELIVERYDATE", "DSCOCost",
        "DSCOPartnerSKU", "DSCO_MerchantSKU",
    };

    private static readonly string[] SpecOrderColumns = { "DSCOInvoiceId", "DSCOConsumerOrderNumber", "DSCO_Coupons", "DSCO_Email", "DSCO_Channel" };

    internal static string[] Constants(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToArray();

    [Fact]
    public void Constants_AreExactlyTheSpecNames()
    {
        Assert.Equal(SpecCompanySettings.OrderBy(n => n, StringComparer.Ordinal), Constants(typeof(DscoSettingNames)).OrderBy(n => n, StringComparer.Ordinal));
        Assert.Equal(SpecProductColumns.OrderBy(n => n, StringComparer.Ordinal), Constants(typeof(DscoProductColumns)).OrderBy(n => n, StringComparer.Ordinal));
        Assert.Equal(SpecOrderColumns.OrderBy(n => n, StringComparer.Ordinal), Constants(typeof(DscoOrderColumns)).OrderBy(n => n, StringComparer.Ordinal));
        Assert.Equal(51, SpecCompanySettings.Concat(SpecProductColumns).Concat(SpecOrderColumns).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Catalog_HasOneRowPerCompanySetting_InConstantSpelling()
    {
        Assert.Equal(38, DscoSettingsCatalog.All.Count);
        Assert.Equal(
            Constants(typeof(DscoSettingNames)).OrderBy(n => n, StringComparer.Ordinal),
            DscoSettingsCatalog.All.Select(d => d.Name).OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public void Catalog_RowsAreFitForTheReadmeTable()
    {
        foreach (var definition in DscoSettingsCatalog.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(definition.Description), definition.Name);
            Assert.DoesNotContain("|", definition.Description, StringComparison.Ordinal);
            Assert.DoesNotContain("\n", definition.Description, StringComparison.Ordinal);
            Assert.NotEqual(DscoPlugin.None, definition.ReadBy);
        }
    }

    [Fact]
    public void Catalog_Types_MatchTheSpec()
    {
        Assert.Equal(DscoSettingType.Secret, DscoSettingsCatalog.Find(N.Token)!.Type);
        Assert.Equal(DscoSettingType.Secret, DscoSettingsCatalog.Find(N.ClientSecret)!.Type);
        Assert.Equal(DscoSettingType.Text, DscoSettingsCatalog.Find(N.ClientId)!.Type);
        Assert.Equal(DscoSettingType.WarehouseMap, DscoSettingsCatalog.Find(N.WarehouseCodes)!.Type);
        Assert.Equal(DscoSettingType.StreamPosition, DscoSettingsCatalog.Find(N.StreamPosition)!.Type);
        Assert.Equal(DscoSettingType.DecimalNumber, DscoSettingsCatalog.Find(N.CoopFeePercentage)!.Type);
        Assert.Equal(new[] { N.ReplenishableQty, N.NetTermDays }, DscoSettingsCatalog.All.Where(d => d.Type == DscoSettingType.WholeNumber).Select(d => d.Name));
        Assert.Equal(24, DscoSettingsCatalog.All.Count(d => d.Type == DscoSettingType.Boolean));
        Assert.Equal(new[] { N.CreatePayments }, DscoSettingsCatalog.All.Where(d => d.Type == DscoSettingType.Boolean && d.DefaultValue == "True").Select(d => d.Name));
        Assert.True(DscoSettingsCatalog.All.Where(d => d.Type == DscoSettingType.Boolean && d.Name != N.CreatePayments).All(d => d.DefaultValue == "False"));
    }

    [Fact]
    public void ReadBy_CredentialsAreReadByEveryPlugin()
    {
        foreach (var name in new[] { N.Token, N.SupplierId, N.ClientId, N.ClientSecret })
        {
            Assert.Equal(DscoPlugin.All, DscoSettingsCatalog.Find(name)!.ReadBy);
        }
    }

    [Fact]
    public void ReadBy_InvoiceExport_IsCredentialsPlusTheInvoiceSettings()
    {
        Assert.Equal(
            new[]
            {
                N.Token, N.SupplierId, N.ClientId, N.ClientSecret, N.SendInvoiceDate, N.SendCurrencyCode, N.NetTermDays, N.NetTermType,
                N.SendShipToInfo, N.SendSubtotal,
            },
            DscoSettingsCatalog.ReadBy(DscoPlugin.InvoiceExport).Select(d => d.Name));
    }

    [Fact]
    public void ReadBy_EachSettingHasTheExpectedPlugins()
    {
        Assert.Equal(DscoPlugin.OrderImport, DscoSettingsCatalog.Find(N.StreamPosition)!.ReadBy);
        Assert.Equal(DscoPlugin.OrderImport, DscoSettingsCatalog.Find(N.CoopFeePercentage)!.ReadBy);
        Assert.Equal(DscoPlugin.OrderImport | DscoPlugin.InventoryExport, DscoSettingsCatalog.Find(N.WarehouseCodes)!.ReadBy);
        Assert.Equal(DscoPlugin.TrackingExport, DscoSettingsCatalog.Find(N.SendKitParentOnly)!.ReadBy);
        Assert.Equal(DscoPlugin.InventoryExport, DscoSettingsCatalog.Find(N.DontSendItemId)!.ReadBy);
    }

    [Theory]
    [InlineData("dsco_senduPC", N.SendUpc)]
    [InlineData("  DSCO_CreatePayments  ", N.CreatePayments)]
    [InlineData("Consider  Replenishable\tProducts", N.ConsiderReplenishableProducts)]
    [InlineData("DSCO_sendDiscontinued", N.SendDiscontinued)]
    [InlineData("DSCO_IntegrationName", N.NeimanMarcus)]
    public void Find_IgnoresCaseSpacesAndKnowsVariants(string name, string expected)
    {
        Assert.Equal(expected, DscoSettingsCatalog.Find(name)!.Name);
    }

    [Theory]
    [InlineData("DSCO_SupplierName")]
    [InlineData("NordstromDSCO_Token")]
    [InlineData("DSCO_SendUPCs")]
    [InlineData("")]
    public void Find_OtherNames_AreNotDscoSettings(string name)
    {
        Assert.Null(DscoSettingsCatalog.Find(name));
    }
}
