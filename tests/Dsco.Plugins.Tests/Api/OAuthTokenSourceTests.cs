using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Dsco.Plugins.Api;
using Dsco.Plugins.Api.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Dsco.Plugins.Tests.Api;

public sealed class OAuthTokenSourceTests
{
    private readonly FakeTimeProvider _time = new(ApiTestHarness.Start);
    private int _issued;

    private OAuthTokenSource Create() => new(
        new Uri(ApiTestHarness.Base),
        (ClientCredentialsCredentials)DscoCredentials.ClientCredentials(ApiTestHarness.ClientId, ApiTestHarness.ClientSecret),
        _time,
        TimeSpan.FromMinutes(5),
        TimeSpan.FromSeconds(30),
        NullLogger.Instance);

    private Task<HttpResponseMessage> Send(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var n = Interlocked.Increment(ref _issued);
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent($"{{\"access_token\":\"tok-{n}\",\"token_type\":\"Bearer\",\"expires_in\":3600}}"),
        });
    }

    [Fact]
    public async Task Invalidate_StaleToken_DoesNotDropTheRenewedOne()
    {
        var source = Create();
        var first = await source.GetTokenAsync(Send, default);

        source.Invalidate(first);                        // caller A saw 401 with tok-1
        var renewed = await source.GetTokenAsync(Send, default);
        source.Invalidate(first);                        // caller B also saw 401 with tok-1, later
        var afterStale = await source.GetTokenAsync(Send, default);

        Assert.Equal("tok-1", first);
        Assert.Equal("tok-2", renewed);
        Assert.Equal("tok-2", afterStale);
        Assert.Equal(2, source.TokenRequests);
    }

    [Fact]
    public async Task ShortLifetime_RenewsAtHalfLifeRatherThanNever()
    {
        var source = Create();
        Task<HttpResponseMessage> ShortLived(HttpRequestMessage r, CancellationToken ct) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent($"{{\"access_token\":\"short-{Interlocked.Increment(ref _issued)}\",\"token_type\":\"Bearer\",\"expires_in\":120}}"),
        });

        Assert.Equal("short-1", await source.GetTokenAsync(ShortLived, default));
        _time.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal("short-1", await source.GetTokenAsync(ShortLived, default));
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("short-2", await source.GetTokenAsync(ShortLived, default));
    }
}
