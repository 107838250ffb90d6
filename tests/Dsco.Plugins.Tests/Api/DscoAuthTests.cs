using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Dsco.Plugins.Api;
using RichardSzalay.MockHttp;

namespace Dsco.Plugins.Tests.Api;

/// <summary>OAuth client credentials: token request shape, caching, expiry, renewal on 401, one renewal under concurrency.</summary>
public sealed class DscoAuthTests : IDisposable
{
    private const string Base = ApiTestHarness.Base;
    private readonly ApiTestHarness _h = new();

    public void Dispose() => _h.Dispose();

    private int TokenRequests => _h.Sent("/oauth2/token").Count;

    [Fact]
    public async Task ClientCredentials_PostsFormToBaseUrlTokenEndpoint_AndUsesToken()
    {
        _h.TokenEndpoint();
        _h.Expect(HttpMethod.Get, Base + "/hello", HttpStatusCode.OK, "{\"hello\":\"World!\"}");
        using var client = _h.OAuthClient();

        await client.HelloAsync();

        var token = Assert.Single(_h.Sent("/oauth2/token"));
        Assert.Equal("POST", token.Method);
        // Built from the base URL, not by joining the spec's relative tokenUrl (/api/v3/oauth2/token) onto it.
        Assert.Equal(Base + "/oauth2/token", token.Url);
        Assert.Equal("application/x-www-form-urlencoded", token.ContentType);
        Assert.Equal($"client_id={ApiTestHarness.ClientId}&client_secret={ApiTestHarness.ClientSecret}&grant_type=client_credentials", token.Body);
        Assert.False(token.Headers.ContainsKey("Authorization"));
        Assert.Equal("bearer tok-1", Assert.Single(_h.Sent("/hello")).Headers["Authorization"]);
    }

    [Fact]
    public async Task ClientCredentials_TokenCachedUntilShortlyBeforeExpiry()
    {
        _h.TokenEndpoint(expiresIn: 3600);
        for (var i = 0; i < 3; i++)
        {
            _h.Expect(HttpMethod.Get, Base + "/hello", HttpStatusCode.OK, "{\"hello\":\"World!\"}");
        }

        using var client = _h.OAuthClient(o => o.TokenRefreshMargin = TimeSpan.FromMinutes(5));

        await client.HelloAsync();
        _h.Time.Advance(TimeSpan.FromMinutes(54));
        await client.HelloAsync();
        Assert.Equal(1, TokenRequests);

        _h.Time.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1)); // 55 min 1 s: inside the 5-minute margin
        await client.HelloAsync();

        Assert.Equal(2, TokenRequests);
        var auth = _h.Sent("/hello").Select(r => r.Headers["Authorization"]).ToList();
        Assert.Equal(new[] { "bearer tok-1", "bearer tok-1", "bearer tok-2" }, auth);
    }

    [Fact]
    public async Task ClientCredentials_TokenSharedByClientsOfSameAccount()
    {
        _h.TokenEndpoint();
        _h.Expect(HttpMethod.Get, Base + "/hello", HttpStatusCode.OK, "{\"hello\":\"World!\"}");
        _h.Expect(HttpMethod.Get, Base + "/hello", HttpStatusCode.OK, "{\"hello\":\"World!\"}");
        using var first = _h.OAuthClient();
        using var second = _h.OAuthClient();

        await first.HelloAsync();
        await second.HelloAsync();

        Assert.Equal(1, TokenRequests);
    }

    [Fact]
    public async Task HelloAsync_401WithOAuth_RenewsTokenOnceAndRetries()
    {
        _h.TokenEndpoint();
        _h.Expect(HttpMethod.Get, Base + "/hello", HttpStatusCode.Unauthorized);
        _h.Expect(HttpMethod.Get, Base + "/hello", HttpStatusCode.OK, "{\"hello\":\"World!\"}");
        using var client = _h.OAuthClient();

        var hello = await _h.RunAsync(client.HelloAsync());

        Assert.Equal("World!", hello);
        Assert.Equal(2, TokenRequests);
        Assert.Equal(new[] { "bearer tok-1", "bearer tok-2" }, _h.Sent("/hello").Select(r => r.Headers["Authorization"]));
    }

    [Fact]
    public async Task CreateSingleAsync_401WithOAuth_RenewsAndResendsBecauseNothingWasApplied()
    {
        _h.TokenEndpoint();
        _h.Expect(HttpMethod.Post, Base + "/order/singleShipment", HttpStatusCode.Unauthorized);
        _h.Expect(HttpMethod.Post, Base + "/order/singleShipment", HttpStatusCode.Created, "{\"success\":true}");
        using var client = _h.OAuthClient();

        await _h.RunAsync(client.Shipments.CreateSingleAsync(ShipmentSamples.One()));

        Assert.Equal(2, _h.Sent("/order/singleShipment").Count);
    }

    [Fact]
    public async Task HelloAsync_401Twice_ThrowsUnauthorizedAfterOneRenewal()
    {
        _h.TokenEndpoint();
        _h.Expect(HttpMethod.Get, Base + "/hello", HttpStatusCode.Unauthorized);
        _h.Expect(HttpMethod.Get, Base + "/hello", HttpStatusCode.Unauthorized);
        using var client = _h.OAuthClient();

        var ex = await Assert.ThrowsAsync<DscoApiException>(() => _h.RunAsync(client.HelloAsync()));

        Assert.Equal(HttpStatusCode.Unauthorized, ex.StatusCode);
        Assert.Equal(2, TokenRequests);
        Assert.Equal(2, _h.Sent("/hello").Count);
        Assert.DoesNotContain(ApiTestHarness.ClientSecret, ex.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("tok-", ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HelloAsync_401WithStaticToken_NotRetried()
    {
        _h.Expect(HttpMethod.Get, Base + "/hello", HttpStatusCode.Unauthorized, "{\"messages\":[{\"code\":\"UNAUTHORIZED\",\"severity\":\"error\"}]}");
        using var client = _h.Client();

        var ex = await Assert.ThrowsAsync<DscoApiException>(() => client.HelloAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, ex.StatusCode);
        Assert.Single(_h.Requests);
        Assert.DoesNotContain(ApiTestHarness.StaticToken, ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConcurrentCallers_ShareExactlyOneTokenRequest()
    {
        var gate = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        _h.Http.When(HttpMethod.Post, Base + "/oauth2/token").Respond(async request =>
        {
            await _h.RecordAsync(request);
            await gate.Task; // hold the first token request until every caller is waiting
            return new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent("{\"access_token\":\"tok-shared\",\"token_type\":\"Bearer\",\"expires_in\":3600}"),
            };
        });
        _h.Http.When(HttpMethod.Get, Base + "/hello").Respond(async request =>
        {
            await _h.RecordAsync(request);
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{\"hello\":\"World!\"}") };
        });
        using var client = _h.OAuthClient();

        var calls = Enumerable.Range(0, 16).Select(_ => Task.Run(() => client.HelloAsync())).ToArray();
        for (var i = 0; i < 1000 && TokenRequests == 0; i++)
        {
            await Task.Yield();
        }

        await ApiTestHarness.SettleAsync();
        gate.SetResult(true);
        await Task.WhenAll(calls);

        Assert.Equal(1, TokenRequests);
        Assert.Equal(16, _h.Sent("/hello").Count);
        Assert.All(_h.Sent("/hello"), r => Assert.Equal("bearer tok-shared", r.Headers["Authorization"]));
    }

    [Fact]
    public async Task ConcurrentCallersRejectedWithTheSameToken_ShareExactlyOneRenewal()
    {
        _h.TokenEndpoint();
        var gate = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var rejected = 0;
        _h.Http.When(HttpMethod.Get, Base + "/hello").Respond(async request =>
        {
            await _h.RecordAsync(request);
            if (request.Headers.Authorization?.Parameter == "tok-1")
            {
                // DSCO revoked tok-1: hold every rejection until all callers hold tok-1, then answer 401 to each.
                Interlocked.Increment(ref rejected);
                await gate.Task;
                return new HttpResponseMessage(HttpStatusCode.Unauthorized);
            }

            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{\"hello\":\"World!\"}") };
        });
        using var client = _h.OAuthClient();

        var calls = Enumerable.Range(0, 8).Select(_ => Task.Run(() => client.HelloAsync())).ToArray();
        var deadline = Environment.TickCount64 + 30_000;
        while (Volatile.Read(ref rejected) < calls.Length)
        {
            Assert.True(Environment.TickCount64 < deadline, $"only {rejected} callers reached DSCO");
            await Task.Yield();
        }

        gate.SetResult(true);
        var answers = await ApiTestHarness.FinishAsync(Task.WhenAll(calls));

        Assert.All(answers, a => Assert.Equal("World!", a));
        Assert.Equal(2, TokenRequests); // the first token, and one renewal for all eight rejections
        var retried = _h.Sent("/hello").Where(r => r.Headers["Authorization"] != "bearer tok-1").ToList();
        Assert.Equal(8, retried.Count);
        Assert.All(retried, r => Assert.Equal("bearer tok-2", r.Headers["Authorization"]));
    }

    [Fact]
    public async Task TokenEndpoint401_ThrowsClearErrorWithoutSecret()
    {
        _h.Http.When(HttpMethod.Post, Base + "/oauth2/token").Respond(
            HttpStatusCode.Unauthorized,
            "application/json",
            "{\"error\":\"invalid_client\",\"error_description\":\"bad secret " + ApiTestHarness.ClientSecret + "\"}");
        using var client = _h.OAuthClient();

        var ex = await Assert.ThrowsAsync<DscoApiException>(() => client.HelloAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, ex.StatusCode);
        Assert.Equal("POST /oauth2/token", ex.Operation);
        Assert.Contains("invalid_client", ex.Message, StringComparison.Ordinal);
        Assert.Contains("clie***", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(ApiTestHarness.ClientSecret, ex.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(ApiTestHarness.ClientSecret, ex.RawBody ?? string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain(ApiTestHarness.ClientSecret, _h.Logs.All, StringComparison.Ordinal);
        Assert.Empty(_h.Sent("/hello"));
    }

    [Fact]
    public async Task TokenEndpoint503_IsRetriedThenApiCallProceeds()
    {
        var calls = 0;
        _h.Http.When(HttpMethod.Post, Base + "/oauth2/token").Respond(async request =>
        {
            await _h.RecordAsync(request);
            return ++calls == 1
                ? new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)
                : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{\"access_token\":\"tok-ok\",\"token_type\":\"Bearer\",\"expires_in\":3600}") };
        });
        _h.Expect(HttpMethod.Post, Base + "/order/singleShipment", HttpStatusCode.Created, "{\"success\":true}");
        using var client = _h.OAuthClient();

        // A create is safe to retry here: the token failure happened before the shipment left.
        await _h.RunAsync(client.Shipments.CreateSingleAsync(ShipmentSamples.One()));

        Assert.Equal(2, TokenRequests);
        Assert.Equal("bearer tok-ok", Assert.Single(_h.Sent("/order/singleShipment")).Headers["Authorization"]);
    }
}
