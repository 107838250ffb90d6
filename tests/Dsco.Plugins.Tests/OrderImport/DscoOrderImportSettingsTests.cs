using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
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

/// <summary>
/// The plugin reads each order-import setting from the company's settings and it changes the host order: a run
/// with the setting and one without differ exactly where the setting says (so an ignored setting fails here).
/// </summary>
public class DscoOrderImportSettingsAppliedTests
{
    [Theory]
    [InlineData("", "DSCO_NeimanMarcus=NeimanMarcus", "source:UPS", "Website", "NeimanMarcus")]
    [InlineData("", "DSCO_NeimanMarcus=NeimanMarcus", "paymentMethod:UPS", "Website", "NeimanMarcus")]
    [InlineData("", "DSCO_MarkOrdersUnpaid=True", "paymentStatus:UPS", "Charged", "NoPayment")]
    [InlineData("", "DSCO_MarkOrdersUnpaid=True", "payment:UPS", "25.00", "none")]
    [InlineData("", "DSCO_CreatePayments=False", "payment:UPS", "25.00", "none")]
    [InlineData("", "DSCO_CreatePayments=False", "paymentStatus:UPS", "Charged", "Charged")]
    [InlineData("", "DSCO_LockShippingMethod=True", "lock:UPS", "False", "True")]
    [InlineData("DSCO_WarehouseCodes=7-BostonWH,8-Lakewood", "DSCO_IncludeWarehouseCodesInOrderImport=True", "warehouse:UPS", "none", "7")]
    [InlineData("DSCO_WarehouseCodes=7-BostonWH,8-Lakewood;DSCO_IncludeWarehouseCodesInOrderImport=True", "DSCO_WarehouseCode=Lakewood", "warehouse:USPS", "none", "8")]
    [InlineData("", "DSCO_ShippingRequiresThirdPartyBilling=True", "thirdParty:UPS", "False", "True")]
    [InlineData("", "DSCO_ShippingRequiresThirdPartyBilling=True", "thirdParty:USPS", "False", "True")]
    [InlineData("DSCO_ShippingRequiresThirdPartyBilling=True", "DSCO_AllowShippingUPS=True", "thirdParty:UPS", "True", "False")]
    [InlineData("DSCO_ShippingRequiresThirdPartyBilling=True", "DSCO_AllowShippingUPS=True", "thirdParty:USPS", "True", "True")]
    [InlineData("DSCO_ShippingRequiresThirdPartyBilling=True", "DSCO_AllowShippingUSPS=True", "thirdParty:USPS", "True", "False")]
    [InlineData("DSCO_ShippingRequiresThirdPartyBilling=True", "DSCO_AllowShippingUSPS=True", "thirdParty:UPS", "True", "True")]
    [InlineData("", "DSCO_CoopFeePercentage=2.5", "coop:UPS", "0.00", "0.30")]
    public async Task Import_CompanySetting_ChangesTheHostOrder(string common, string setting, string probe, string without, string with)
    {
        Assert.Equal(without, await ProbeAsync(common, probe));
        Assert.Equal(with, await ProbeAsync(common + ";" + setting, probe));
    }

    /// <summary>Runs a legacy import of a UPS order (with DSCO warehouse code BostonWH) and a USPS order (no code).</summary>
    private static async Task<string> ProbeAsync(string settings, string probe)
    {
        var bed = new OrderImportTestBed(stream: false);
        foreach (var pair in settings.Split(';', System.StringSplitOptions.RemoveEmptyEntries))
        {
            var cut = pair.IndexOf('=');
            bed.Host.Settings[pair.Substring(0, cut)] = pair.Substring(cut + 1);
        }

        var ups = bed.AddOrder("5000001");
        ups.ShipWarehouseCode = "BostonWH";
        ups.ShippingSurcharge = 13.00m; // 12.00 + 13.00 = 25.00
        var usps = bed.AddOrder("5000002");
        usps.ShipCarrier = "USPS";
        usps.ShipMethod = "Priority";
        usps.ShippingServiceLevelCode = "USPSPRI";

        var result = await bed.RunAsync();
        Assert.True(result.Completed, result.RunError);
        var parts = probe.Split(':');
        var order = bed.Host.Orders.Single(o => o.Order.ChannelOrderId == (parts[1] == "UPS" ? "5000001" : "5000002")).Order;
        return parts[0] switch
        {
            "source" => order.OrderSource!,
            "paymentMethod" => order.Payment?.Method ?? "none",
            "paymentStatus" => order.PaymentStatus.ToString(),
            "payment" => order.Payment?.Amount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) ?? "none",
            "lock" => order.LockShippingMethod.ToString(),
            "warehouse" => order.ShipFromWarehouseId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none",
            "thirdParty" => order.ShippingRequiresThirdParty.ToString(),
            "coop" => order.Items.Single().CoOpFee.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
            _ => throw new System.ArgumentOutOfRangeException(nameof(probe), probe, "unknown probe"),
        };
    }
}
