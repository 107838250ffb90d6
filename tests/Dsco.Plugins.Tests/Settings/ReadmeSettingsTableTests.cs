using System;
using System.IO;
using System.Linq;
using System.Text;
using Dsco.Plugins.Settings;

namespace Dsco.Plugins.Tests.Settings;

/// <summary>The README's settings table is the catalog written out; these tests stop the two drifting apart.</summary>
public class ReadmeSettingsTableTests
{
    private static readonly Lazy<string> Readme = new(() => File.ReadAllText(Path.Combine(FindRepoRoot(), "README.md")));

    internal static string ExpectedTable()
    {
        var table = new StringBuilder();
        table.Append("| setting | type | default | read by | what it does |\n");
        table.Append("|---|---|---|---|---|\n");
        foreach (var d in DscoSettingsCatalog.All)
        {
            table.Append("| `").Append(d.Name).Append("` | ").Append(TypeName(d.Type)).Append(" | ")
                .Append(d.DefaultValue is null ? "(not set)" : "`" + d.DefaultValue + "`").Append(" | ")
                .Append(Plugins(d.ReadBy)).Append(" | ").Append(d.Description).Append(" |\n");
        }

        return table.ToString();
    }

    [Fact]
    public void Readme_SettingsTable_IsTheCatalog()
    {
        var readme = Readme.Value.Replace("\r\n", "\n", StringComparison.Ordinal);
        var expected = ExpectedTable();

        Assert.True(
            readme.Contains(expected, StringComparison.Ordinal),
            "README.md's settings table differs from DscoSettingsCatalog. Replace it with:\n\n" + expected);
    }

    [Fact]
    public void Readme_ListsEveryCatalogName_InTheSettingsSection()
    {
        var section = SettingsSection();
        foreach (var definition in DscoSettingsCatalog.All)
        {
            Assert.Contains("| `" + definition.Name + "` |", section, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Readme_ListsEveryCustomColumn_InTheSettingsSection()
    {
        var section = SettingsSection();
        foreach (var column in DscoSettingsCatalogTests.Constants(typeof(DscoProductColumns)).Concat(DscoSettingsCatalogTests.Constants(typeof(DscoOrderColumns))))
        {
            Assert.Contains("| `" + column + "` |", section, StringComparison.Ordinal);
        }
    }

    private static string SettingsSection()
    {
        var readme = Readme.Value;
        var start = readme.IndexOf("\n## Settings", StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has no '## Settings' section.");
        var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return end < 0 ? readme.Substring(start) : readme.Substring(start, end - start);
    }

    private static string TypeName(DscoSettingType type) => type switch
    {
        DscoSettingType.Boolean => "bool",
        DscoSettingType.WholeNumber => "int",
        DscoSettingType.DecimalNumber => "decimal",
        DscoSettingType.Text => "text",
        DscoSettingType.Secret => "secret",
        DscoSettingType.WarehouseMap => "warehouse map",
        DscoSettingType.StreamPosition => "stream position",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    private static string Plugins(DscoPlugin plugins)
    {
        if (plugins == DscoPlugin.All)
        {
            return "all";
        }

        var names = new (DscoPlugin Flag, string Name)[]
        {
            (DscoPlugin.OrderImport, "Order Import"),
            (DscoPlugin.TrackingExport, "Tracking Export"),
            (DscoPlugin.InvoiceExport, "Invoice Export"),
            (DscoPlugin.InventoryExport, "Inventory Export"),
        };
        return string.Join(", ", names.Where(n => (plugins & n.Flag) != 0).Select(n => n.Name));
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "README.md")) && File.Exists(Path.Combine(dir.FullName, "Dsco.Plugins.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("No README.md next to Dsco.Plugins.sln above " + AppContext.BaseDirectory);
    }
}
