using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Dsco.Plugins.Api;
using RichardSzalay.MockHttp;

namespace Dsco.Plugins.Tests.Api;

/// <summary>Tokens and secrets never reach logs, exception text or ToString().</summary>
public sealed class DscoSecretsTests : IDisposable
{
    private const string Base = ApiTestHarness.Base;
    private readonly ApiTestHarness _h = new();

    public void Dispose() => _h.Dispose();

    private static void AssertClean(string text)
    {
        Assert.DoesNotContain(ApiTestHarness.ClientSecret, text, StringComparison.Ordinal);
        Assert.DoesNotContain(ApiTestHarness.StaticToken, text, StringComparison.Ordinal);
        Assert.DoesNotContain("tok-1", text, StringComparison.Ordinal);
        Assert.DoesNotContain("tok-2", text, StringComparison.Ordinal);
        Assert.DoesNotContain("bearer", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task OAuthFlowWithRenewalAndFailures_LeavesNoSecretInLogsOrExceptions()
    {
        _h.TokenEndpoint();
        _h.Expect(HttpMethod.Get, Base + "/hello", HttpStatusCode.Unauthorized);
        _h.Expect(HttpMethod.Get, Base + "/hello", HttpStatusCode.OK, "{\"hello\":\"World!\"}");
        _h.Expect(HttpMethod.Post, Base + "/order/singleShipment", HttpStatusCode.BadRequest, "{\"messages\":[{\"code\":\"MISSING_FIELD\"}]}");
        _h.Expect(HttpMethod.Get, Base + "/order/page", HttpStatusCode.ServiceUnavailable);
        using var client = _h.OAuthClient(o => o.MaxRetryAttempts = 0);

        await _h.RunAsync(client.HelloAsync());
        var badRequest = await Assert.ThrowsAsync<DscoApiException>(() => client.Shipments.CreateSingleAsync(ShipmentSamples.One()));
        var unavailable = await Assert.ThrowsAsync<DscoApiException>(() => client.Orders.GetPageAsync(new OrderPageRequest { ScrollId = "S" }));

        Assert.NotEmpty(_h.Logs.Lines);
        AssertClean(_h.Logs.All);
        AssertClean(badRequest.ToString());
        AssertClean(unavailable.ToString());
        AssertClean(client.ToString());
        AssertClean(_h.Factory.ToString());
    }

    [Fact]
    public async Task StaticToken_LogsHaveMethodPathStatusAttempt_ButNoHeaders()
    {
        _h.Expect(HttpMethod.Get, Base + "/order/page", HttpStatusCode.OK, "{\"orders\":[]}");
        using var client = _h.Client();

        await client.Orders.GetPageAsync(new OrderPageRequest { ScrollId = "S" });

        Assert.Contains("DSCO GET /order/page -> 200 (attempt 1,", _h.Logs.All, StringComparison.Ordinal);
        AssertClean(_h.Logs.All);
    }

    [Fact]
    public async Task TokenEndpointTimeout_MessageHasNoSecret()
    {
        _h.Http.When(HttpMethod.Post, Base + "/oauth2/token").Respond(HttpStatusCode.InternalServerError);
        using var client = _h.OAuthClient(o => o.MaxRetryAttempts = 1);

        var ex = await Assert.ThrowsAsync<DscoApiException>(() => _h.RunAsync(client.HelloAsync()));

        Assert.Contains("token endpoint answered 500", ex.Message, StringComparison.Ordinal);
        AssertClean(ex.ToString());
        AssertClean(_h.Logs.All);
    }
}
