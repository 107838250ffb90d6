using System.Linq;
using Dsco.Plugins.Hosting;
using Dsco.Plugins.OrderImport;
using Dsco.Plugins.Plugins;
using Microsoft.Extensions.DependencyInjection;
using Sellercloud.Plugins;

namespace Dsco.Plugins.Tests.Plugins;

public class DscoPluginServiceCollectionExtensionsTests
{
    [Fact]
    public void AddDscoPlugins_RegistersTheOrderImportAsItselfAndAsHostPluginInterfaces()
    {
        using var provider = new ServiceCollection().AddDscoPlugins().BuildServiceProvider();

        var plugin = provider.GetRequiredService<DscoOrderImportPlugin>();

        Assert.Same(plugin, provider.GetRequiredService<IOrderImportPlugin>());
        Assert.Contains(provider.GetServices<ISellercloudPlugin>(), p => ReferenceEquals(p, plugin));
        Assert.NotNull(provider.GetRequiredService<DscoApiClientFactory>());
        Assert.Equal("DSCO API v3 Order Import", plugin.DisplayName);
        Assert.Equal(DscoPluginNames.OrderImport, provider.GetServices<ISellercloudPlugin>().Single().DisplayName);
    }

    [Fact]
    public void ParameterlessConstructor_UsesTheProcessWideFactory()
    {
        var plugin = new DscoOrderImportPlugin();

        Assert.Equal("DSCO API v3 Order Import", plugin.DisplayName);
    }
}
