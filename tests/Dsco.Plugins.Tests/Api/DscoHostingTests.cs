using System;
using Dsco.Plugins.Api;
using Dsco.Plugins.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Dsco.Plugins.Tests.Api;

public sealed class DscoHostingTests
{
    [Fact]
    public void AddDscoApiClient_RegistersSingletonFactory_KeepsExistingTimeProvider()
    {
        var fake = new FakeTimeProvider();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(fake);
        services.AddDscoApiClient();
        services.AddDscoApiClient(); // idempotent
        using var provider = services.BuildServiceProvider();

        var factory = provider.GetRequiredService<DscoApiClientFactory>();

        Assert.Same(factory, provider.GetRequiredService<DscoApiClientFactory>());
        Assert.Same(fake, provider.GetRequiredService<TimeProvider>());
        using var client = factory.Create(new DscoClientOptions { Credentials = DscoCredentials.StaticToken("t") });
        Assert.Equal("https://api.dsco.io/api/v3", client.BaseUrl.AbsoluteUri);
    }

    [Fact]
    public void DscoDefaults_SharesOneFactoryAcrossCallers()
    {
        Assert.Same(DscoDefaults.ClientFactory, DscoDefaults.ClientFactory);
        Assert.Same(TimeProvider.System, DscoDefaults.Services.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void Factory_InvalidOptions_ThrowsBeforeCreatingAnything()
    {
        var ex = Assert.Throws<ArgumentException>(() => DscoDefaults.ClientFactory.Create(new DscoClientOptions
        {
            BaseUrl = "http://api.dsco.io/api/v3",
            Credentials = DscoCredentials.StaticToken("t"),
        }));

        Assert.Contains("plain http", ex.Message, StringComparison.Ordinal);
    }
}
