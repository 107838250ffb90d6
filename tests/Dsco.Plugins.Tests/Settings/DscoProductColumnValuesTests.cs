using System;
using System.Collections.Generic;
using System.Linq;
using Dsco.Plugins.Settings;
using Sellercloud.Plugins;
using C = Dsco.Plugins.Settings.DscoProductColumns;

namespace Dsco.Plugins.Tests.Settings;

public class DscoProductColumnValuesTests
{
    private static DscoProductColumnValues Read(params (string Name, string Value)[] columns) =>
        DscoProductColumnValues.Read(new HostProduct
        {
            ProductId = "SKU-1",
            CustomColumns = columns.ToDictionary(c => c.Name, c => c.Value, StringComparer.Ordinal),
        });

    [Fact]
    public void Read_NoColumns_GivesDefaults()
    {
        var values = Read();

        Assert.Equal("SKU-1", values.ProductId);
        Assert.Null(values.ItemId);
        Assert.Equal(0, values.SafetyQty);
        Assert.False(values.IsDiscontinued);
        Assert.Null(values.NeimanMarcusEnabled);
        Assert.Null(values.ExpectedDeliveryDate);
        Assert.Null(values.Cost);
        Assert.Null(values.PartnerSku);
        Assert.Null(values.MerchantSku);
        Assert.Equal("SKU-1", values.SkuToSend);
        Assert.Empty(values.Problems);
        values.EnsureValid();
    }

    [Fact]
    public void Read_BlankColumns_CountAsNotSet()
    {
        var values = Read(
            (C.ItemId, " "), (C.SafetyQty, ""), (C.IsDiscontinued, "  "), (C.NeimanMarcusEnabled, ""),
            (C.ExpectedDeliveryDate, " "), (C.Cost, "\t"), (C.PartnerSku, ""), (C.MerchantSku, "  "));

        Assert.Null(values.ItemId);
        Assert.Equal(0, values.SafetyQty);
        Assert.False(values.IsDiscontinued);
        Assert.Null(values.NeimanMarcusEnabled);
        Assert.Null(values.ExpectedDeliveryDate);
        Assert.Null(values.Cost);
        Assert.Equal("SKU-1", values.SkuToSend);
        Assert.Empty(values.Problems);
    }

    [Fact]
    public void Read_GoodValues_AreTyped()
    {
        var values = Read(
            (C.ItemId, " 998877 "), (C.SafetyQty, "4"), (C.IsDiscontinued, "Yes"), (C.NeimanMarcusEnabled, "TRUE"),
            (C.ExpectedDeliveryDate, "2026-03-31"), (C.Cost, "12.50"), (C.PartnerSku, "P-1"), (C.MerchantSku, "M-1"));

        Assert.Equal("998877", values.ItemId);
        Assert.Equal(4, values.SafetyQty);
        Assert.True(values.IsDiscontinued);
        Assert.True(values.NeimanMarcusEnabled);
        Assert.Equal(new DateTime(2026, 3, 31), values.ExpectedDeliveryDate);
        Assert.Equal(12.50m, values.Cost);
        Assert.Equal("P-1", values.PartnerSku);
        Assert.Equal("M-1", values.MerchantSku);
        Assert.Equal("M-1", values.SkuToSend);
    }

    [Fact]
    public void Read_NeimanMarcusEnabledFalse_IsFalseNotNull()
    {
        Assert.False(Read((C.NeimanMarcusEnabled, "0")).NeimanMarcusEnabled);
    }

    [Theory]
    [InlineData("2026-03-31")]
    [InlineData("3/31/2026")]
    [InlineData("03/31/2026")]
    [InlineData("3/31/2026 12:00:00 AM")]
    [InlineData("2026-03-31T15:45:00")]
    [InlineData(" 2026-03-31 ")]
    public void Read_ExpectedDeliveryDate_AcceptsIsoAndUsForms(string text)
    {
        var date = Read((C.ExpectedDeliveryDate, text)).ExpectedDeliveryDate;

        Assert.Equal(new DateTime(2026, 3, 31), date);
        Assert.Equal(TimeSpan.Zero, date!.Value.TimeOfDay);
    }

    [Fact]
    public void Read_ColumnNamesInOtherCase_AndOldDiscontinuedSpelling_AreFound()
    {
        var values = Read(("dscoitemid", "1"), ("DSCOExpectedDeliveryDate", "1/2/2026"), ("DSCODiscontinued", "true"), ("neimanmarcus_enabled", "y"));

        Assert.Equal("1", values.ItemId);
        Assert.Equal(new DateTime(2026, 1, 2), values.ExpectedDeliveryDate);
        Assert.True(values.IsDiscontinued);
        Assert.True(values.NeimanMarcusEnabled);
    }

    [Theory]
    [InlineData(C.SafetyQty, "-3", "a whole number, 0 or more (digits only, e.g. 5)")]
    [InlineData(C.SafetyQty, "2.5", "a whole number, 0 or more (digits only, e.g. 5)")]
    [InlineData(C.IsDiscontinued, "discontinued", "True or False (1/0, yes/no and y/n also work)")]
    [InlineData(C.NeimanMarcusEnabled, "enabled", "True or False (1/0, yes/no and y/n also work)")]
    [InlineData(C.ExpectedDeliveryDate, "31/03/2026", "a date as yyyy-MM-dd (e.g. 2026-03-31) or M/d/yyyy (e.g. 3/31/2026)")]
    [InlineData(C.ExpectedDeliveryDate, "2026-02-30", "a date as yyyy-MM-dd (e.g. 2026-03-31) or M/d/yyyy (e.g. 3/31/2026)")]
    [InlineData(C.ExpectedDeliveryDate, "next week", "a date as yyyy-MM-dd (e.g. 2026-03-31) or M/d/yyyy (e.g. 3/31/2026)")]
    [InlineData(C.Cost, "-1", "an amount of 0 or more with a dot for decimals and no currency sign or thousands separator (e.g. 12.50)")]
    [InlineData(C.Cost, "12,50", "an amount of 0 or more with a dot for decimals and no currency sign or thousands separator (e.g. 12.50)")]
    [InlineData(C.Cost, "$12.50", "an amount of 0 or more with a dot for decimals and no currency sign or thousands separator (e.g. 12.50)")]
    public void Read_BadValue_ThrowsNamingProductColumnValueAndExpectation(string column, string value, string expected)
    {
        var values = Read((column, value), (C.ItemId, "42"));

        var problem = Assert.Single(values.Problems);
        Assert.Equal($"Product 'SKU-1': custom column {column} '{value}' is not valid; expected {expected}.", problem.Message);
        Assert.Equal("SKU-1", problem.ItemId);
        Assert.Equal(column, problem.ColumnName);

        var getter = new Dictionary<string, Func<object?>>
        {
            [C.SafetyQty] = () => values.SafetyQty,
            [C.IsDiscontinued] = () => values.IsDiscontinued,
            [C.NeimanMarcusEnabled] = () => values.NeimanMarcusEnabled,
            [C.ExpectedDeliveryDate] = () => values.ExpectedDeliveryDate,
            [C.Cost] = () => values.Cost,
        }[column];
        var error = Assert.Throws<DscoCustomColumnException>(() => getter());
        Assert.Equal(problem.Message, error.Message);

        // The other columns are still usable.
        Assert.Equal("42", values.ItemId);
    }

    [Fact]
    public void EnsureValid_OnlyComplainsAboutTheColumnsAskedFor()
    {
        var values = Read((C.Cost, "abc"), (C.SafetyQty, "x"));

        values.EnsureValid(C.ItemId, C.IsDiscontinued);
        var cost = Assert.Throws<DscoCustomColumnException>(() => values.EnsureValid(C.Cost));
        Assert.Equal(C.Cost, Assert.Single(cost.Problems).ColumnName);
        var all = Assert.Throws<DscoCustomColumnException>(() => values.EnsureValid());
        Assert.Equal(2, all.Problems.Count);
        Assert.Contains("DSCOCost 'abc'", all.Message, StringComparison.Ordinal);
        Assert.Contains("DSCOSafetyQty 'x'", all.Message, StringComparison.Ordinal);
    }
}
