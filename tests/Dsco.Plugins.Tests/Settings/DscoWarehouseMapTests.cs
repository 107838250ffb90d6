using System;
using System.Collections.Generic;
using Dsco.Plugins.Settings;

namespace Dsco.Plugins.Tests.Settings;

public class DscoWarehouseMapTests
{
    private static DscoWarehouseMap Parse(string text, string? defaultCode = null)
    {
        Assert.True(DscoWarehouseMap.TryParse(text, defaultCode, out var map, out var errors), string.Join("; ", errors));
        Assert.Empty(errors);
        return map;
    }

    [Fact]
    public void TryParse_SpecExample_MapsBothWays()
    {
        var map = Parse("123-Lakewood, 245-BostonWH");

        Assert.Equal(new[] { new DscoWarehouseMapping(123, "Lakewood"), new DscoWarehouseMapping(245, "BostonWH") }, map.Mappings);
        Assert.True(map.TryGetDscoCode(245, out var code));
        Assert.Equal("BostonWH", code);
        Assert.True(map.TryGetWarehouseId("Lakewood", out var id));
        Assert.Equal(123, id);
    }

    [Fact]
    public void TryParse_SplitsAtTheFirstHyphen_SoCodesMayHoldHyphens()
    {
        var map = Parse("300-NJ-East,301-A-B-C");

        Assert.True(map.TryGetDscoCode(300, out var code));
        Assert.Equal("NJ-East", code);
        Assert.True(map.TryGetWarehouseId("NJ-East", out var id));
        Assert.Equal(300, id);
        Assert.True(map.TryGetDscoCode(301, out var other));
        Assert.Equal("A-B-C", other);
    }

    [Fact]
    public void TryParse_IgnoresSpacesAroundPartsAndEmptyEntries()
    {
        var map = Parse("  123 - Lakewood ,, 245-BostonWH , ");

        Assert.Equal(2, map.Mappings.Count);
        Assert.True(map.TryGetDscoCode(123, out var code));
        Assert.Equal("Lakewood", code);
    }

    [Fact]
    public void TryGetWarehouseId_IgnoresCaseAndSpaces()
    {
        var map = Parse("123-Lakewood");

        Assert.True(map.TryGetWarehouseId(" lakewood ", out var id));
        Assert.Equal(123, id);
        Assert.False(map.TryGetWarehouseId("Boston", out _));
        Assert.False(map.TryGetWarehouseId("", out _));
    }

    [Fact]
    public void TryGetDscoCode_WithPairs_OnlyListedWarehouses_DefaultCodeNotUsed()
    {
        var map = Parse("123-Lakewood", defaultCode: "Main");

        Assert.False(map.TryGetDscoCode(999, out _));
        Assert.Equal("Main", map.DefaultCode);
    }

    [Fact]
    public void TryGetDscoCode_NoPairs_FallsBackToDefaultCode()
    {
        var map = Parse("", defaultCode: "Main");

        Assert.True(map.IsEmpty);
        Assert.True(map.TryGetDscoCode(5, out var code));
        Assert.Equal("Main", code);
        Assert.False(map.TryGetWarehouseId("Main", out _));
    }

    [Fact]
    public void TryGetDscoCode_NoPairsNoDefault_FindsNothing()
    {
        Assert.False(Parse(" ").TryGetDscoCode(5, out _));
        Assert.False(DscoWarehouseMap.Empty.TryGetDscoCode(5, out _));
    }

    [Theory]
    [InlineData("Lakewood", "'Lakewood' has no hyphen between warehouse id and DSCO code")]
    [InlineData("abc-X", "'abc-X' does not start with a warehouse id (a positive whole number)")]
    [InlineData("12-", "'12-' has no DSCO code after the hyphen")]
    [InlineData("12 -  ", "'12 -' has no DSCO code after the hyphen")]
    [InlineData("-X", "'-X' does not start with a warehouse id (a positive whole number)")]
    [InlineData("0-X", "'0-X' does not start with a warehouse id (a positive whole number)")]
    [InlineData("+5-X", "'+5-X' does not start with a warehouse id (a positive whole number)")]
    [InlineData("1.5-X", "'1.5-X' does not start with a warehouse id (a positive whole number)")]
    [InlineData("123-Lakewood, 123-Boston", "warehouse id 123 is listed more than once")]
    [InlineData("123-Lakewood, 124-LAKEWOOD", "DSCO code 'LAKEWOOD' is listed for more than one warehouse")]
    public void TryParse_BadEntry_IsReported(string text, string expected)
    {
        Assert.False(DscoWarehouseMap.TryParse(text, null, out var map, out var errors));

        Assert.Equal(expected, Assert.Single(errors));
        Assert.True(map.IsEmpty);
    }

    [Fact]
    public void TryParse_SeveralBadEntries_ReportsEach()
    {
        Assert.False(DscoWarehouseMap.TryParse("Lakewood, abc-X, 12-, 5-Ok", null, out _, out var errors));

        Assert.Equal(3, errors.Count);
    }

    [Fact]
    public void Constructor_DuplicateWarehouseId_Throws()
    {
        Assert.Throws<ArgumentException>(() => new DscoWarehouseMap(
            new List<DscoWarehouseMapping> { new(1, "A"), new(1, "B") },
            null));
    }

    [Fact]
    public void Constructor_BadPair_Throws()
    {
        Assert.Throws<ArgumentException>(() => new DscoWarehouseMap(new List<DscoWarehouseMapping> { new(0, "A") }, null));
        Assert.Throws<ArgumentException>(() => new DscoWarehouseMap(new List<DscoWarehouseMapping> { new(1, " ") }, null));
        Assert.Throws<ArgumentException>(() => new DscoWarehouseMap(new List<DscoWarehouseMapping> { new(1, "A"), new(2, "a") }, null));
    }

    [Fact]
    public void ToString_ListsPairs()
    {
        Assert.Equal("123-Lakewood, 300-NJ-East", Parse("123 - Lakewood, 300-NJ-East").ToString());
        Assert.Equal("(all) -> Main", Parse("", "Main").ToString());
    }
}
