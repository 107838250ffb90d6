using System.Collections.Generic;
using Dsco.Plugins.OrderImport;
using Dsco.Plugins.Settings;

namespace Dsco.Plugins.Tests.OrderImport;

public class DscoOrderImportSettingsTests
{
    [Fact]
    public void From_NoOptionalSettings_UsesTheSpecDefaults()
    {
        var settings = DscoOrderImportSettings.From(12, DscoSettings.Parse(new Dictionary<string, string> { ["DSCO_Token"] = "t", ["DSCO_SupplierId"] = "1" }));

        Assert.Equal("Website", settings.OrderSource);
        Assert.True(settings.CreatePayments);
        Assert.False(settings.MarkOrdersUnpaid);
        Assert.False(settings.LockShippingMethod);
        Assert.False(settings.IncludeWarehouseCodes);
        Assert.False(settings.ShippingRequiresThirdPartyBilling);
        Assert.Equal(0m, settings.CoopFeePercentage);
        Assert.Empty(settings.WarehouseIdsByCode);
        Assert.Equal("DSCO_12@sellercloud.com", settings.CustomerUser);
    }

    [Fact]
    public void From_EverySetting_IsCarried()
    {
        var settings = DscoOrderImportSettings.From(3, DscoSettings.Parse(new Dictionary<string, string>
        {
            ["DSCO_Token"] = "t",
            ["DSCO_SupplierId"] = "1",
            ["DSCO_NeimanMarcus"] = " NeimanMarcus ",
            ["DSCO_MarkOrdersUnpaid"] = "True",
            ["DSCO_CreatePayments"] = "False",
            ["DSCO_LockShippingMethod"] = "true",
            ["DSCO_IncludeWarehouseCodesInOrderImport"] = "True",
            ["DSCO_WarehouseCodes"] = "1-Lakewood, 2-BostonWH",
            ["DSCO_WarehouseCode"] = "Lakewood",
            ["DSCO_ShippingRequiresThirdPartyBilling"] = "True",
            ["DSCO_AllowShippingUSPS"] = "True",
            ["DSCO_AllowShippingUPS"] = "True",
            ["DSCO_CoopFeePercentage"] = "2.5",
        }));

        Assert.Equal("NeimanMarcus", settings.OrderSource);
        Assert.True(settings.MarkOrdersUnpaid);
        Assert.False(settings.CreatePayments);
        Assert.True(settings.LockShippingMethod);
        Assert.True(settings.IncludeWarehouseCodes);
        Assert.Equal(new Dictionary<string, int> { ["Lakewood"] = 1, ["BostonWH"] = 2 }, settings.WarehouseIdsByCode);
        Assert.Equal(2, settings.WarehouseIdsByCode["bostonwh"]);
        Assert.Equal("Lakewood", settings.DefaultWarehouseCode);
        Assert.True(settings.ShippingRequiresThirdPartyBilling);
        Assert.True(settings.AllowShippingUsps);
        Assert.True(settings.AllowShippingUps);
        Assert.Equal(2.5m, settings.CoopFeePercentage);
    }
}
