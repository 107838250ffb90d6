using System;
using System.Collections.Generic;
using System.Linq;
using Dsco.Plugins.Settings;
using N = Dsco.Plugins.Settings.DscoSettingNames;

namespace Dsco.Plugins.Tests.Settings;

/// <summary>
/// What the tests expect of every company setting, written out by hand (not derived from the catalog) so that a
/// wrong default or type in the catalog makes a test fail.
/// </summary>
internal sealed record SettingCase(
    string Name,
    Func<DscoSettings, object?> Read,
    object? Default,
    IReadOnlyList<(string Raw, object? Value)> Good,
    IReadOnlyList<string> Bad,
    string? ExpectedText);

internal static class SettingCases
{
    internal static readonly (string Raw, object? Value)[] BooleanSpellings =
    {
        ("True", true), ("true", true), ("TRUE", true), ("1", true), ("yes", true), ("Y", true), ("  True  ", true),
        ("False", false), ("false", false), ("FALSE", false), ("0", false), ("no", false), ("N", false), (" false\t", false),
    };

    internal static readonly string[] BooleanBad = { "maybe", "Tru", "2", "on", "-1" };

    /// <summary>Settings a flag needs once it is true; without them the flag itself reports a problem.</summary>
    public static readonly IReadOnlyDictionary<string, (string Name, string Value)> Companions = new Dictionary<string, (string, string)>
    {
        [N.ConsiderReplenishableProducts] = (N.ReplenishableQty, "3"),
        [N.IncludeWarehouseCodeInTracking] = (N.StandardWarehouseCode, "STD-1"),
        [N.IncludeWarehouseCodesInOrderImport] = (N.WarehouseCodes, "1-A"),
    };

    public static readonly IReadOnlyDictionary<string, SettingCase> All = Build().ToDictionary(c => c.Name, StringComparer.Ordinal);

    public static IEnumerable<object[]> Names() => All.Keys.Select(k => new object[] { k });

    public static IEnumerable<object[]> NamesWithBadValues() => All.Values.Where(c => c.Bad.Count > 0).Select(c => new object[] { c.Name });

    private static SettingCase Bool(string name, Func<DscoSettings, bool> read, bool defaultValue = false) =>
        new(name, s => read(s), defaultValue, BooleanSpellings, BooleanBad, "True or False");

    private static SettingCase Text(string name, Func<DscoSettings, string?> read, string? defaultValue = null) =>
        new(name, read, defaultValue, new (string, object?)[] { ("abc", "abc"), ("  Lake-wood 2 ", "Lake-wood 2") }, Array.Empty<string>(), null);

    private static SettingCase Integer(string name, Func<DscoSettings, int?> read) =>
        new(
            name,
            s => read(s),
            null,
            new (string, object?)[] { ("0", 0), ("5", 5), (" 30 ", 30), ("+7", 7), ("0045", 45) },
            new[] { "-1", "1.5", "abc", "1,000", "99999999999", "5 days" },
            "whole number, 0 or more");

    private static IEnumerable<SettingCase> Build()
    {
        yield return Text(N.Token, s => s.Token);
        yield return Text(N.SupplierId, s => s.SupplierId);
        yield return Text(N.ClientId, s => s.ClientId);
        yield return Text(N.ClientSecret, s => s.ClientSecret);
        yield return Text(N.StreamId, s => s.StreamId);
        yield return new SettingCase(
            N.StreamPosition,
            s => s.StreamPosition,
            null,
            new (string, object?)[] { ("abc123", "abc123"), (" z/2022/09/26/20/19/000 ", "z/2022/09/26/20/19/000"), ("0-1-5e7c", "0-1-5e7c") },
            new[] { "z/2022/13/26/20/19/000", "z/2022/09/26/20/19" },
            "z/yyyy/MM/dd/HH/mm/000");
        yield return Bool(N.ConsiderReplenishableProducts, s => s.ConsiderReplenishableProducts);
        yield return Integer(N.ReplenishableQty, s => s.ReplenishableQty);
        yield return Bool(N.UseExpectedDeliveryDate, s => s.UseExpectedDeliveryDate);
        yield return Text(N.WarehouseCode, s => s.WarehouseCode);
        yield return new SettingCase(
            N.WarehouseCodes,
            s => s.WarehouseCodes.ToString(),
            "(none)",
            new (string, object?)[] { ("123-Lakewood, 245-BostonWH", "123-Lakewood, 245-BostonWH"), ("300-NJ-East", "300-NJ-East") },
            new[] { "Lakewood", "abc-X", "12-", "1-A, 1-B" },
            "123-Lakewood, 245-BostonWH");
        yield return Bool(N.DontSendItemId, s => s.DontSendItemId);
        yield return Bool(N.SendCost, s => s.SendCost);
        yield return Bool(N.SendDiscontinued, s => s.SendDiscontinued);
        yield return Bool(N.SendUpc, s => s.SendUpc);
        yield return Bool(N.SendQtyOnOrder, s => s.SendQtyOnOrder);
        yield return Bool(N.ExportSsccCode, s => s.ExportSsccCode);
        yield return Text(N.StandardWarehouseCode, s => s.StandardWarehouseCode);
        yield return Bool(N.IncludeWarehouseCodeInTracking, s => s.IncludeWarehouseCodeInTracking);
        yield return Bool(N.SendOnePackagePerKitParent, s => s.SendOnePackagePerKitParent);
        yield return Bool(N.SendKitParentOnly, s => s.SendKitParentOnly);
        yield return Bool(N.SendShipFromInfo, s => s.SendShipFromInfo);
        yield return Bool(N.SendPackageWeight, s => s.SendPackageWeight);
        yield return Bool(N.SendInvoiceDate, s => s.SendInvoiceDate);
        yield return Bool(N.SendCurrencyCode, s => s.SendCurrencyCode);
        yield return Integer(N.NetTermDays, s => s.NetTermDays);
        yield return Text(N.NetTermType, s => s.NetTermType);
        yield return Bool(N.SendShipToInfo, s => s.SendShipToInfo);
        yield return Bool(N.SendSubtotal, s => s.SendSubtotal);
        yield return Text(N.NeimanMarcus, s => s.ChannelName, "Website");
        yield return Bool(N.MarkOrdersUnpaid, s => s.MarkOrdersUnpaid);
        yield return Bool(N.LockShippingMethod, s => s.LockShippingMethod);
        yield return Bool(N.IncludeWarehouseCodesInOrderImport, s => s.IncludeWarehouseCodesInOrderImport);
        yield return Bool(N.ShippingRequiresThirdPartyBilling, s => s.ShippingRequiresThirdPartyBilling);
        yield return Bool(N.AllowShippingUsps, s => s.AllowShippingUsps);
        yield return Bool(N.AllowShippingUps, s => s.AllowShippingUps);
        yield return Bool(N.CreatePayments, s => s.CreatePayments, defaultValue: true);
        yield return new SettingCase(
            N.CoopFeePercentage,
            s => s.CoopFeePercentage,
            0m,
            new (string, object?)[] { ("2.5", 2.5m), ("0", 0m), ("100", 100m), (" 12.75 ", 12.75m), ("2.5%", 2.5m), (".5", 0.5m) },
            new[] { "2,5", "abc", "-1", "100.01", "1e2", "1,000.5", "%" },
            "number from 0 to 100");
    }
}
