using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Dsco.Plugins.Settings;
using Moq;
using Sellercloud.Plugins;
using N = Dsco.Plugins.Settings.DscoSettingNames;

namespace Dsco.Plugins.Tests.Settings;

public class DscoSettingsTests
{
    private const string TokenValue = "tok-SECRET-9f8e7d";
    private const string SecretValue = "cs-SECRET-1a2b3c";

    private static DscoSettings Parse(params (string Name, string Value)[] values) =>
        DscoSettings.Parse(values.ToDictionary(v => v.Name, v => v.Value));

    [Fact]
    public void CreatePayments_Missing_IsTrue_AndOtherFlagsFalse()
    {
        var settings = Parse((N.Token, TokenValue));

        Assert.True(settings.CreatePayments);
        Assert.False(settings.MarkOrdersUnpaid);
        Assert.False(Parse((N.CreatePayments, "no")).CreatePayments);
    }

    [Fact]
    public void CoopFeePercentage_TwoPointFive_IsTwoPointFivePercent()
    {
        Assert.Equal(2.5m, Parse((N.CoopFeePercentage, "2.5")).CoopFeePercentage);
        Assert.Equal(0m, Parse().CoopFeePercentage);
    }

    [Theory]
    [InlineData("2,5")]
    [InlineData("abc")]
    [InlineData("-1")]
    public void CoopFeePercentage_Malformed_IsRejected(string value)
    {
        var error = Assert.Throws<DscoSettingsException>(() => Parse((N.CoopFeePercentage, value)).CoopFeePercentage);

        Assert.Equal($"DSCO_CoopFeePercentage '{value}' is not valid; expected a number from 0 to 100 with a dot for decimals and no thousands separator (e.g. 2.5).", error.Message);
    }

    [Fact]
    public void AuthMode_ClientIdAndSecret_IsStreamOAuth_EvenWithToken()
    {
        var settings = Parse((N.ClientId, "client-1"), (N.ClientSecret, SecretValue), (N.Token, TokenValue));

        Assert.Equal(DscoAuthMode.StreamOAuth, settings.AuthMode);
        Assert.Equal("client-1", settings.ClientId);
        Assert.Equal(SecretValue, settings.ClientSecret);
        Assert.Empty(settings.Problems);
    }

    [Fact]
    public void AuthMode_OnlyToken_IsLegacyToken()
    {
        var settings = Parse((N.Token, " " + TokenValue + " "), (N.SupplierId, "1000123"), (N.StreamId, ""), (N.StreamPosition, " "));

        Assert.Equal(DscoAuthMode.LegacyToken, settings.AuthMode);
        Assert.Equal(TokenValue, settings.Token);
        Assert.Equal("1000123", settings.SupplierId);
        settings.EnsureValidFor(DscoPlugin.All);
    }

    [Fact]
    public void AuthMode_OnlyClientIdWithToken_FallsBackToTheToken()
    {
        // The token method stays in use while the Stream settings are not both populated.
        var settings = Parse((N.ClientId, "client-1"), (N.Token, TokenValue));

        Assert.Equal(DscoAuthMode.LegacyToken, settings.AuthMode);
        Assert.Empty(settings.Problems);
    }

    [Fact]
    public void AuthMode_OnlyClientIdWithoutToken_FailsSayingTheSecretIsMissing()
    {
        var settings = Parse((N.ClientId, "client-1"));

        var error = Assert.Throws<DscoSettingsException>(() => settings.AuthMode);

        Assert.Equal(N.ClientSecret, error.SettingName);
        Assert.Equal(
            "DSCO_ClientSecret is empty but DSCO_ClientID is filled; the Stream API needs both. Fill DSCO_ClientSecret, or fill DSCO_Token to use the token method.",
            error.Message);
        Assert.Equal("client-1", settings.ClientId);
    }

    [Fact]
    public void AuthMode_OnlyClientSecret_FailsSayingTheIdIsMissing_WithoutTheSecret()
    {
        var settings = Parse((N.ClientSecret, SecretValue));

        var error = Assert.Throws<DscoSettingsException>(() => settings.AuthMode);

        Assert.Equal(N.ClientId, error.SettingName);
        Assert.Contains("DSCO_ClientID is empty but DSCO_ClientSecret is filled", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(SecretValue, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AuthMode_NoCredentials_FailsNamingWhatToFillForEachMode()
    {
        var settings = Parse((N.SupplierId, "1000123"));

        var error = Assert.Throws<DscoSettingsException>(() => settings.AuthMode);

        Assert.Equal(
            "No DSCO credentials are set. Fill DSCO_ClientID and DSCO_ClientSecret (accounts on the Stream API), or DSCO_Token and DSCO_SupplierId (older accounts).",
            error.Message);
        foreach (var plugin in new[] { DscoPlugin.OrderImport, DscoPlugin.TrackingExport, DscoPlugin.InvoiceExport, DscoPlugin.InventoryExport })
        {
            var pluginError = Assert.Throws<DscoSettingsException>(() => settings.EnsureValidFor(plugin));
            Assert.Contains(error.Message, pluginError.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ToString_RedactsTokenAndClientSecret_ButShowsClientId()
    {
        var settings = Parse((N.Token, TokenValue), (N.ClientId, "client-1"), (N.ClientSecret, SecretValue), (N.SendUpc, "yes"));

        var text = settings.ToString();

        Assert.DoesNotContain(TokenValue, text, StringComparison.Ordinal);
        Assert.DoesNotContain(SecretValue, text, StringComparison.Ordinal);
        Assert.Contains("DSCO_Token = REDACTED", text, StringComparison.Ordinal);
        Assert.Contains("DSCO_ClientSecret = REDACTED", text, StringComparison.Ordinal);
        Assert.Contains("DSCO_ClientID = 'client-1'", text, StringComparison.Ordinal);
        Assert.Contains("DSCO_SendUPC = 'yes'", text, StringComparison.Ordinal);
        Assert.Contains("AuthMode = StreamOAuth", text, StringComparison.Ordinal);
    }

    [Fact]
    public void SecretSetTwiceWithDifferentValues_ProblemRedactsBothValues()
    {
        var settings = DscoSettings.Parse(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["DSCO_Token"] = TokenValue,
            ["dsco_token"] = "other-SECRET",
        });

        var error = Assert.Throws<DscoSettingsException>(() => settings.EnsureValidFor(DscoPlugin.OrderImport));

        Assert.Contains("DSCO_Token is set more than once with different values (DSCO_Token = REDACTED, dsco_token = REDACTED)", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(TokenValue, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("other-SECRET", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(TokenValue, settings.ToString(), StringComparison.Ordinal);
        Assert.Throws<DscoSettingsException>(() => settings.Token);
        Assert.Throws<DscoSettingsException>(() => settings.AuthMode);
    }

    [Fact]
    public void SameSettingTwiceWithTheSameValue_IsFine()
    {
        var settings = DscoSettings.Parse(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["DSCO_SendUPC"] = "True",
            ["dsco_sendupc"] = " True ",
            [N.Token] = TokenValue,
        });

        Assert.True(settings.SendUpc);
        Assert.Empty(settings.Problems);
    }

    [Fact]
    public void EnsureValidFor_ComplainsOnlyAboutSettingsThatPluginReads()
    {
        var settings = Parse(
            (N.Token, TokenValue),
            (N.NetTermDays, "thirty"),
            (N.CoopFeePercentage, "2,5"),
            (N.SendKitParentOnly, "maybe"),
            (N.SendUpc, "sure"));

        var import = Assert.Throws<DscoSettingsException>(() => settings.EnsureValidFor(DscoPlugin.OrderImport));
        Assert.Equal(new[] { N.CoopFeePercentage }, import.Problems.Select(p => p.SettingName));
        Assert.StartsWith("The DSCO company settings have 1 problem(s) that stop the DSCO Order Import", import.Message, StringComparison.Ordinal);

        var invoice = Assert.Throws<DscoSettingsException>(() => settings.EnsureValidFor(DscoPlugin.InvoiceExport));
        Assert.Equal(new[] { N.NetTermDays }, invoice.Problems.Select(p => p.SettingName));
        Assert.Contains("DSCO_NetTermDays 'thirty' is not valid; expected a whole number, 0 or more", invoice.Message, StringComparison.Ordinal);

        var tracking = Assert.Throws<DscoSettingsException>(() => settings.EnsureValidFor(DscoPlugin.TrackingExport));
        Assert.Equal(new[] { N.SendKitParentOnly }, tracking.Problems.Select(p => p.SettingName));

        var inventory = Assert.Throws<DscoSettingsException>(() => settings.EnsureValidFor(DscoPlugin.InventoryExport));
        Assert.Equal(new[] { N.SendUpc }, inventory.Problems.Select(p => p.SettingName));

        var all = Assert.Throws<DscoSettingsException>(() => settings.EnsureValidFor(DscoPlugin.All));
        Assert.Equal(4, all.Problems.Count);
        Assert.Null(all.SettingName);
        foreach (var bad in new[] { "'thirty'", "'2,5'", "'maybe'", "'sure'" })
        {
            Assert.Contains(bad, all.Message, StringComparison.Ordinal);
        }

        // Settings the run does use still read fine.
        Assert.Equal(DscoAuthMode.LegacyToken, settings.AuthMode);
        Assert.True(settings.CreatePayments);
    }

    [Fact]
    public void EnsureValidFor_NoProblems_DoesNotThrow()
    {
        var settings = Parse((N.Token, TokenValue), (N.NetTermDays, "30"), (N.NetTermType, "Net"));

        settings.EnsureValidFor(DscoPlugin.All);

        Assert.Equal(30, settings.NetTermDays);
        Assert.Equal("Net", settings.NetTermType);
    }

    [Fact]
    public void ConsiderReplenishableProducts_TrueWithoutQty_IsAnInventoryExportProblem()
    {
        var settings = Parse((N.Token, TokenValue), (N.ConsiderReplenishableProducts, "True"));

        var error = Assert.Throws<DscoSettingsException>(() => settings.EnsureValidFor(DscoPlugin.InventoryExport));
        Assert.Equal(
            "Consider replenishable products is True but Replenishable qty is empty; expected the quantity to send for replenishable products with no stock (a whole number, 0 or more).",
            Assert.Single(error.Problems).Message);
        settings.EnsureValidFor(DscoPlugin.OrderImport);

        var fixedSettings = Parse((N.Token, TokenValue), (N.ConsiderReplenishableProducts, "True"), (N.ReplenishableQty, "10"));
        Assert.True(fixedSettings.ConsiderReplenishableProducts);
        Assert.Equal(10, fixedSettings.ReplenishableQty);
    }

    [Fact]
    public void IncludeWarehouseCodeInTracking_TrueWithoutStandardCode_IsATrackingProblem()
    {
        var settings = Parse((N.Token, TokenValue), (N.IncludeWarehouseCodeInTracking, "yes"));

        var error = Assert.Throws<DscoSettingsException>(() => settings.EnsureValidFor(DscoPlugin.TrackingExport));
        Assert.Contains("DSCO_IncludeWarehouseCodeInTracking is True but DSCO_StandardWarehouseCode is empty", error.Message, StringComparison.Ordinal);
        settings.EnsureValidFor(DscoPlugin.InventoryExport);
    }

    [Fact]
    public void IncludeWarehouseCodesInOrderImport_TrueWithoutPairs_IsAnOrderImportProblem_EvenWithADefaultCode()
    {
        var settings = Parse((N.Token, TokenValue), (N.IncludeWarehouseCodesInOrderImport, "1"), (N.WarehouseCode, "Lakewood"));

        var error = Assert.Throws<DscoSettingsException>(() => settings.EnsureValidFor(DscoPlugin.OrderImport));
        Assert.Contains("DSCO_IncludeWarehouseCodesInOrderImport is True but DSCO_WarehouseCodes is empty", error.Message, StringComparison.Ordinal);
        settings.EnsureValidFor(DscoPlugin.InventoryExport);

        var good = Parse((N.Token, TokenValue), (N.IncludeWarehouseCodesInOrderImport, "1"), (N.WarehouseCodes, "123-Lakewood"));
        Assert.True(good.WarehouseCodes.TryGetWarehouseId("Lakewood", out var id));
        Assert.Equal(123, id);
    }

    [Fact]
    public void WarehouseCodes_UseWarehouseCodeAsFallback()
    {
        var settings = Parse((N.WarehouseCode, " Main "));

        Assert.Equal("Main", settings.WarehouseCode);
        Assert.True(settings.WarehouseCodes.TryGetDscoCode(77, out var code));
        Assert.Equal("Main", code);
    }

    [Fact]
    public void WarehouseCodes_Bad_ProblemListsEveryBadEntry()
    {
        var settings = Parse((N.WarehouseCodes, "123-Lakewood, Lakewood, abc-X, 12-, 123-Other"));

        var error = Assert.Throws<DscoSettingsException>(() => settings.WarehouseCodes);

        Assert.Equal(
            "DSCO_WarehouseCodes '123-Lakewood, Lakewood, abc-X, 12-, 123-Other' is not valid: 'Lakewood' has no hyphen between warehouse id and DSCO code; "
            + "'abc-X' does not start with a warehouse id (a positive whole number); '12-' has no DSCO code after the hyphen; warehouse id 123 is listed more than once. "
            + "Expected host warehouse id and DSCO code joined by a hyphen, pairs separated by commas, e.g. 123-Lakewood, 245-BostonWH.",
            error.Message);
    }

    [Fact]
    public void VariantSpellings_AreReadAsTheSameSetting()
    {
        var settings = Parse(
            ("DSCO_sendDiscontinued", "true"),
            ("DSCO_IntegrationName", "KOHL"),
            ("consider   replenishable PRODUCTS", "1"),
            ("replenishable qty", "4"));

        Assert.True(settings.SendDiscontinued);
        Assert.Equal("KOHL", settings.ChannelName);
        Assert.True(settings.ConsiderReplenishableProducts);
        Assert.Equal(4, settings.ReplenishableQty);
    }

    [Fact]
    public void VariantSpellingAndNameDisagree_IsAProblem()
    {
        var settings = Parse((N.NeimanMarcus, "Neiman Marcus"), ("DSCO_IntegrationName", "KOHL"));

        var error = Assert.Throws<DscoSettingsException>(() => settings.ChannelName);

        Assert.Equal(
            "DSCO_NeimanMarcus is set more than once with different values (DSCO_NeimanMarcus = 'Neiman Marcus', DSCO_IntegrationName = 'KOHL'); expected one setting. Delete the extra spellings.",
            error.Message);
    }

    [Fact]
    public void UnknownDscoLookingNames_AreListed_OthersIgnored()
    {
        var settings = Parse((N.Token, TokenValue), ("DSCO_SendUPCs", "true"), ("dsco_supplierName", "x"), ("Unrelated", "1"));

        Assert.Equal(new[] { "DSCO_SendUPCs", "dsco_supplierName" }, settings.UnrecognizedSettingNames.OrderBy(n => n, StringComparer.Ordinal));
        Assert.Empty(settings.Problems);
        Assert.False(settings.SendUpc);
    }

    [Fact]
    public void StreamPosition_ResetFormat_IsExposedRawAndAsMoment()
    {
        var reset = Parse((N.StreamPosition, " z/2022/09/26/20/19/000 "));
        Assert.Equal("z/2022/09/26/20/19/000", reset.StreamPosition);
        Assert.Equal(new DateTimeOffset(2022, 9, 26, 20, 19, 0, TimeSpan.Zero), reset.StreamPositionResetTime);

        var eventId = Parse((N.StreamPosition, "z/2026/12/04/07/30/000/000000042"));
        Assert.DoesNotContain(eventId.Problems, p => p.SettingName == N.StreamPosition);
        Assert.Null(eventId.StreamPositionResetTime);

        var opaque = Parse((N.StreamPosition, "01J8ZQ3-evt-42"));
        Assert.Equal("01J8ZQ3-evt-42", opaque.StreamPosition);
        Assert.Null(opaque.StreamPositionResetTime);
    }

    [Fact]
    public void StreamPosition_MalformedReset_IsAnOrderImportProblemQuotingTheFormat()
    {
        var settings = Parse((N.Token, TokenValue), (N.StreamPosition, "z/2022/9/26/20/19/000"));

        var error = Assert.Throws<DscoSettingsException>(() => settings.EnsureValidFor(DscoPlugin.OrderImport));

        Assert.Equal(
            "DSCO_StreamPosition 'z/2022/9/26/20/19/000' looks like a reset but the month part '9' must be exactly 2 digits; expected z/yyyy/MM/dd/HH/mm/000 in UTC, e.g. z/2022/09/26/20/19/000. Clear it to let the plugin resume where it was.",
            Assert.Single(error.Problems).Message);
        settings.EnsureValidFor(DscoPlugin.InventoryExport);
    }

    [Fact]
    public void IsSet_UnknownName_Throws()
    {
        Assert.Throws<ArgumentException>(() => Parse().IsSet("DSCO_Nope"));
    }

    [Fact]
    public async Task LoadAsync_ReadsTheCompanysSettings()
    {
        using var cts = new CancellationTokenSource();
        var store = new Mock<ICompanySettings>(MockBehavior.Strict);
        store.Setup(s => s.GetAllAsync(42, cts.Token))
            .ReturnsAsync(new Dictionary<string, string> { [N.Token] = TokenValue, [N.SendUpc] = "TRUE" });

        var settings = await DscoSettings.LoadAsync(store.Object, 42, cts.Token);

        Assert.Equal(DscoAuthMode.LegacyToken, settings.AuthMode);
        Assert.True(settings.SendUpc);
        store.VerifyAll();
    }

    [Fact]
    public async Task LoadAsync_NullStore_Throws()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => DscoSettings.LoadAsync(null!, 1));
    }
}
