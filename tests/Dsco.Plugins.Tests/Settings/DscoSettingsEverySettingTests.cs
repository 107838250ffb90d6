using System;
using System.Collections.Generic;
using System.Linq;
using Dsco.Plugins.Settings;

namespace Dsco.Plugins.Tests.Settings;

/// <summary>Missing, blank, good and bad values for every company setting in the catalog.</summary>
public class DscoSettingsEverySettingTests
{
    [Fact]
    public void Cases_CoverEveryCatalogSetting()
    {
        Assert.Equal(
            DscoSettingsCatalog.All.Select(d => d.Name).OrderBy(n => n, StringComparer.Ordinal),
            SettingCases.All.Keys.OrderBy(n => n, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(SettingCases.Names), MemberType = typeof(SettingCases))]
    public void Missing_GivesDefault(string name)
    {
        var settings = DscoSettings.Parse(new Dictionary<string, string>());

        Assert.Equal(SettingCases.All[name].Default, SettingCases.All[name].Read(settings));
    }

    [Theory]
    [MemberData(nameof(SettingCases.Names), MemberType = typeof(SettingCases))]
    public void EmptyOrWhitespace_GivesDefault(string name)
    {
        foreach (var blank in new[] { string.Empty, "   ", "\t \r\n" })
        {
            var settings = DscoSettings.Parse(new Dictionary<string, string> { [name] = blank });

            Assert.Equal(SettingCases.All[name].Default, SettingCases.All[name].Read(settings));
            Assert.False(settings.IsSet(name));
        }
    }

    [Theory]
    [MemberData(nameof(SettingCases.Names), MemberType = typeof(SettingCases))]
    public void GoodValues_AreRead(string name)
    {
        var @case = SettingCases.All[name];
        Assert.NotEmpty(@case.Good);
        foreach (var (raw, expected) in @case.Good)
        {
            var values = new Dictionary<string, string> { [name] = raw };
            if (SettingCases.Companions.TryGetValue(name, out var companion))
            {
                values[companion.Name] = companion.Value;
            }

            var settings = DscoSettings.Parse(values);

            Assert.Equal(expected, @case.Read(settings));
            Assert.DoesNotContain(settings.Problems, p => p.SettingName == name);
        }
    }

    [Theory]
    [MemberData(nameof(SettingCases.Names), MemberType = typeof(SettingCases))]
    public void NameInOtherCase_IsTheSameSetting(string name)
    {
        var @case = SettingCases.All[name];
        var (raw, expected) = @case.Good[0];
        var values = new Dictionary<string, string> { ["  " + name.ToUpperInvariant() + " "] = raw };
        if (SettingCases.Companions.TryGetValue(name, out var companion))
        {
            values[companion.Name.ToLowerInvariant()] = companion.Value;
        }

        var settings = DscoSettings.Parse(values);

        Assert.Equal(expected, @case.Read(settings));
        Assert.True(settings.IsSet(name));
    }

    [Theory]
    [MemberData(nameof(SettingCases.NamesWithBadValues), MemberType = typeof(SettingCases))]
    public void BadValue_ThrowsNamingSettingValueAndExpectation(string name)
    {
        var @case = SettingCases.All[name];
        foreach (var bad in @case.Bad)
        {
            var settings = DscoSettings.Parse(new Dictionary<string, string> { [name] = bad });

            var error = Assert.Throws<DscoSettingsException>(() => @case.Read(settings));

            Assert.Equal(name, error.SettingName);
            Assert.Contains(name, error.Message, StringComparison.Ordinal);
            Assert.Contains("'" + bad.Trim() + "'", error.Message, StringComparison.Ordinal);
            Assert.Contains(@case.ExpectedText!, error.Message, StringComparison.Ordinal);
            var problem = Assert.Single(settings.Problems, p => p.SettingName == name);
            Assert.Equal(error.Message, problem.Message);
        }
    }

    [Theory]
    [MemberData(nameof(SettingCases.NamesWithBadValues), MemberType = typeof(SettingCases))]
    public void BadValue_DoesNotDisturbOtherSettings(string name)
    {
        var neighbour = name == DscoSettingNames.SendUpc ? DscoSettingNames.SendCost : DscoSettingNames.SendUpc;
        var settings = DscoSettings.Parse(new Dictionary<string, string>
        {
            [name] = SettingCases.All[name].Bad[0],
            [DscoSettingNames.Token] = "tok",
            [neighbour] = "yes",
        });

        Assert.Equal(DscoAuthMode.LegacyToken, settings.AuthMode);
        Assert.Equal(true, SettingCases.All[neighbour].Read(settings));
        Assert.Equal(name, Assert.Single(settings.Problems).SettingName);
    }
}
