using System;
using System.IO;
using System.Linq;
using System.Runtime.Loader;
using Dsco.Plugins.Sample.Plugins;
using Sellercloud.Plugins;

namespace Dsco.Plugins.IntegrationTests.SampleHost;

public sealed class PluginCatalogTests
{
    [Fact]
    public void FromAssemblies_FindsPublicConcretePluginsWithParameterlessConstructors_ByDisplayName()
    {
        var catalog = PluginCatalog.FromAssemblies(new[] { typeof(FakeOrderExportPlugin).Assembly });

        Assert.IsType<FakeOrderImportPlugin>(catalog.Find<IOrderImportPlugin>("Fake Order Import"));
        Assert.IsType<FakeOrderExportPlugin>(catalog.Find<IOrderExportPlugin>("fake order export"));
        Assert.IsType<FakeProductExportPlugin>(catalog.Find<IProductExportPlugin>("Fake Inventory Export"));
        Assert.Null(catalog.Find<IOrderExportPlugin>("Fake Order Import"));
        Assert.DoesNotContain("Abstract Fake", catalog.Plugins.Keys);
        Assert.DoesNotContain("Internal Fake", catalog.Plugins.Keys);
        Assert.DoesNotContain(catalog.Plugins.Values, p => p is NeedsArgumentsFakePlugin);
    }

    [Fact]
    public void IsPluginType_RejectsWhatAHostCannotInstantiate()
    {
        Assert.True(PluginCatalog.IsPluginType(typeof(FakeOrderImportPlugin)));
        Assert.False(PluginCatalog.IsPluginType(typeof(AbstractFakePlugin)));
        Assert.False(PluginCatalog.IsPluginType(typeof(NeedsArgumentsFakePlugin)));
        Assert.False(PluginCatalog.IsPluginType(new InternalFakePlugin().GetType()));
        Assert.False(PluginCatalog.IsPluginType(typeof(string)));
    }

    [Fact]
    public void FromPlugins_DuplicateDisplayName_KeepsTheFirstAndSaysSo()
    {
        var first = new FakeOrderExportPlugin("Same Name");

        var catalog = PluginCatalog.FromPlugins(new ISellercloudPlugin[] { first, new FakeOrderExportPlugin("same name") });

        Assert.Same(first, Assert.Single(catalog.Plugins.Values));
        Assert.Contains("already called", Assert.Single(catalog.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void LoadDirectory_LoadsPluginsInTheirOwnContext_SharingTheContractTypes()
    {
        var directory = TempDatabase.NewDirectory();
        try
        {
            var source = typeof(FakeOrderImportPlugin).Assembly.Location;
            File.Copy(source, Path.Combine(directory, Path.GetFileName(source)));
            File.WriteAllText(Path.Combine(directory, "not-an-assembly.dll"), "plain text");

            var catalog = PluginLoader.LoadDirectory(directory);

            var plugin = catalog.Find<IOrderImportPlugin>("Fake Order Import");
            Assert.NotNull(plugin);
            Assert.NotSame(typeof(FakeOrderImportPlugin), plugin!.GetType());
            Assert.NotSame(AssemblyLoadContext.Default, AssemblyLoadContext.GetLoadContext(plugin.GetType().Assembly));
            Assert.Same(typeof(IOrderImportPlugin).Assembly, plugin.GetType().GetInterfaces().Single(i => i.Name == nameof(IOrderImportPlugin)).Assembly);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void LoadDirectory_MissingFolder_GivesAnEmptyCatalogWithANote()
    {
        var catalog = PluginLoader.LoadDirectory(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N")));

        Assert.Empty(catalog.Plugins);
        Assert.Contains("does not exist", Assert.Single(catalog.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void ReferencesContract_OnlyAssembliesBuiltAgainstTheContract()
    {
        Assert.True(PluginLoader.ReferencesContract(typeof(FakeOrderImportPlugin).Assembly.Location));
        Assert.False(PluginLoader.ReferencesContract(typeof(IOrderImportPlugin).Assembly.Location));
        Assert.False(PluginLoader.ReferencesContract(typeof(Newtonsoft.Json.JsonConvert).Assembly.Location));
    }
}
