using System;
using Dsco.Plugins.Api;

namespace Dsco.Plugins.Tests.Api;

public sealed class DscoClientOptionsTests
{
    private static DscoClientOptions With(string url) => new() { BaseUrl = url, Credentials = DscoCredentials.StaticToken("t") };

    [Fact]
    public void Defaults_ToProductionBaseUrl()
    {
        var options = new DscoClientOptions { Credentials = DscoCredentials.StaticToken("t") };

        Assert.Equal("https://api.dsco.io/api/v3", options.Validate().AbsoluteUri);
        Assert.Equal("https://staging-api.dsco.io/api/v3", DscoClientOptions.StagingBaseUrl);
    }

    [Theory]
    [InlineData("http://api.dsco.io/api/v3")]
    [InlineData("http://10.0.0.5:8080/api/v3")]
    [InlineData("http://localhost.evil.com/api/v3")]
    public void Validate_PlainHttpToNonLoopback_Refused(string url)
    {
        var ex = Assert.Throws<ArgumentException>(() => With(url).Validate());

        Assert.Contains("plain http", ex.Message, StringComparison.Ordinal);
        Assert.Contains("localhost, 127.0.0.0/8 and ::1", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://localhost:5000/api/v3", "http://localhost:5000/api/v3")]
    [InlineData("http://127.0.0.1:5000/api/v3/", "http://127.0.0.1:5000/api/v3")]
    [InlineData("http://127.8.9.10/api/v3", "http://127.8.9.10/api/v3")]
    [InlineData("http://[::1]:5000/api/v3", "http://[::1]:5000/api/v3")]
    [InlineData("https://staging-api.dsco.io/api/v3", "https://staging-api.dsco.io/api/v3")]
    public void Validate_HttpsOrLoopback_Accepted(string url, string expected)
    {
        Assert.Equal(expected, With(url).Validate().AbsoluteUri);
    }

    [Theory]
    [InlineData("ftp://api.dsco.io/api/v3")]
    [InlineData("api.dsco.io/api/v3")]
    [InlineData("")]
    [InlineData("https://api.dsco.io/api/v3?x=1")]
    public void Validate_OtherSchemesOrMalformed_Refused(string url)
    {
        Assert.Throws<ArgumentException>(() => With(url).Validate());
    }

    [Theory]
    [InlineData("https://user:p4ssw0rd-secret@api.dsco.io/api/v3", "https://api.dsco.io/api/v3")]
    [InlineData("https://api.dsco.io/api/v3?token=p4ssw0rd-secret", "https://api.dsco.io/api/v3")]
    [InlineData("http://user:p4ssw0rd-secret@api.dsco.io/api/v3", "http://api.dsco.io/api/v3")]
    public void Validate_UrlWithUserInfoOrQuery_RefusedWithoutEchoingThem(string url, string shown)
    {
        var ex = Assert.Throws<ArgumentException>(() => With(url).Validate());

        Assert.Contains("'" + shown + "'", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("p4ssw0rd-secret", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("user", ex.Message.Replace("user info", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoCredentials_NamesTheSetting()
    {
        var ex = Assert.Throws<ArgumentException>(() => new DscoClientOptions().Validate());

        Assert.Contains("Credentials", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BadKnobs_NameTheKnobAndValue()
    {
        var ex = Assert.Throws<ArgumentException>(() => new DscoClientOptions { Credentials = DscoCredentials.StaticToken("t"), MaxRetryAttempts = -1 }.Validate());

        Assert.Contains("MaxRetryAttempts is -1", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new DscoClientOptions { Credentials = DscoCredentials.StaticToken("t"), AttemptTimeout = TimeSpan.Zero }.Validate());
    }

    [Fact]
    public void Credentials_EmptyValues_Refused()
    {
        Assert.Throws<ArgumentException>(() => DscoCredentials.StaticToken(" "));
        Assert.Throws<ArgumentException>(() => DscoCredentials.ClientCredentials("id", ""));
        Assert.Throws<ArgumentException>(() => DscoCredentials.ClientCredentials("", "secret"));
    }

    [Fact]
    public void ToString_NeverRevealsSecrets()
    {
        var staticOptions = new DscoClientOptions { Credentials = DscoCredentials.StaticToken(ApiTestHarness.StaticToken) };
        var oauthOptions = new DscoClientOptions { Credentials = DscoCredentials.ClientCredentials(ApiTestHarness.ClientId, ApiTestHarness.ClientSecret) };

        Assert.DoesNotContain(ApiTestHarness.StaticToken, staticOptions.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(ApiTestHarness.StaticToken, staticOptions.Credentials!.ToString()!, StringComparison.Ordinal);
        Assert.DoesNotContain(ApiTestHarness.ClientSecret, oauthOptions.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(ApiTestHarness.ClientSecret, oauthOptions.Credentials!.ToString()!, StringComparison.Ordinal);
        Assert.Contains("***", oauthOptions.ToString(), StringComparison.Ordinal);
    }
}
