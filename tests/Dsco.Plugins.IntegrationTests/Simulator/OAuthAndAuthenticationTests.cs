using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Dsco.Simulator;

namespace Dsco.Plugins.IntegrationTests.Simulator;

public sealed class OAuthAndAuthenticationTests
{
    private static FormUrlEncodedContent Form(string clientId = DemoCredentials.ClientId, string clientSecret = DemoCredentials.ClientSecret, string grantType = "client_credentials")
    {
        var fields = new List<KeyValuePair<string, string>>();
        if (clientId.Length > 0) fields.Add(new("client_id", clientId));
        if (clientSecret.Length > 0) fields.Add(new("client_secret", clientSecret));
        if (grantType.Length > 0) fields.Add(new("grant_type", grantType));
        return new FormUrlEncodedContent(fields);
    }

    private static async Task<(int, JsonNode?)> TokenAsync(SimulatorHarness sim, HttpContent content)
    {
        using var anonymous = new HttpClient();
        using var response = await anonymous.PostAsync(new Uri(sim.Simulator.BaseUrl + "/oauth2/token"), content);
        return await SimulatorHarness.ReadAsync(response);
    }

    private static async Task<int> HelloAsync(SimulatorHarness sim, string? authorization)
    {
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(sim.Simulator.BaseUrl + "/hello"));
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using var response = await client.SendAsync(request);
        return (int)response.StatusCode;
    }

    [Fact]
    public async Task Token_ValidClientCredentials_ReturnsBearerTokenThatAuthenticates()
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: false);

        var (status, body) = await TokenAsync(sim, Form());

        Assert.Equal(200, status);
        Assert.Equal("Bearer", (string?)body!["token_type"]);
        Assert.Equal(3600, (int)body["expires_in"]!);
        var token = (string)body["access_token"]!;
        Assert.False(string.IsNullOrWhiteSpace(token));
        Assert.Equal(200, await HelloAsync(sim, "Bearer " + token));
    }

    [Fact]
    public async Task Token_WrongSecret_Returns401InvalidClient()
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: false);

        var (status, body) = await TokenAsync(sim, Form(clientSecret: "wrong"));

        Assert.Equal(401, status);
        Assert.Equal("invalid_client", (string?)body!["error"]);
    }

    [Theory]
    [InlineData("", DemoCredentials.ClientSecret, "client_credentials", "client_id")]
    [InlineData(DemoCredentials.ClientId, "", "client_credentials", "client_secret")]
    [InlineData(DemoCredentials.ClientId, DemoCredentials.ClientSecret, "password", "grant_type")]
    public async Task Token_BadRequest_Returns400InvalidRequestNamingTheField(string id, string secret, string grant, string field)
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: false);

        var (status, body) = await TokenAsync(sim, Form(id, secret, grant));

        Assert.Equal(400, status);
        Assert.Equal("invalid_request", (string?)body!["error"]);
        Assert.Contains(field, (string?)body["error_description"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_JsonBody_Returns400InvalidRequest()
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: false);

        var (status, body) = await TokenAsync(sim, SimulatorHarness.Json("{\"client_id\":\"demo-client-id\"}"));

        Assert.Equal(400, status);
        Assert.Equal("invalid_request", (string?)body!["error"]);
    }

    [Fact]
    public async Task Token_AfterExpiresIn_IsRejectedWith401Body()
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: false);
        var (_, body) = await TokenAsync(sim, Form());
        var token = (string)body!["access_token"]!;

        sim.Time.Advance(TimeSpan.FromSeconds(3599));
        Assert.Equal(200, await HelloAsync(sim, "Bearer " + token));

        sim.Time.Advance(TimeSpan.FromSeconds(1));
        using var client = new HttpClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.GetAsync(new Uri(sim.Simulator.BaseUrl + "/hello"));
        var (status, error) = await SimulatorHarness.ReadAsync(response);
        Assert.Equal(401, status);
        Assert.Equal("failure", (string?)error!["status"]);
        Assert.Contains("expired", (string?)error["messages"]![0]!["description"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_ShortLifetimeKnobAndExpireAll_ForceRenewal()
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: false, o => o.TokenLifetime = TimeSpan.FromSeconds(30));
        var (_, first) = await TokenAsync(sim, Form());
        Assert.Equal(30, (int)first!["expires_in"]!);

        sim.State.ExpireAllAccessTokens();

        Assert.Equal(401, await HelloAsync(sim, "Bearer " + (string)first["access_token"]!));
        var (_, second) = await TokenAsync(sim, Form());
        Assert.Equal(200, await HelloAsync(sim, "Bearer " + (string)second!["access_token"]!));
    }

    [Fact]
    public async Task RevokeAll_MakesIssuedTokensUnknown_StaticTokenStillWorks()
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: false);
        var (_, issued) = await TokenAsync(sim, Form());
        Assert.Equal(1, sim.State.ActiveAccessTokenCount);

        sim.State.RevokeAllAccessTokens();

        Assert.Equal(0, sim.State.ActiveAccessTokenCount);
        Assert.Equal(401, await HelloAsync(sim, "Bearer " + (string)issued!["access_token"]!));
        Assert.Equal(200, await HelloAsync(sim, "bearer " + DemoCredentials.Token));
    }

    [Theory]
    [InlineData("bearer " + DemoCredentials.Token, 200)]
    [InlineData("Bearer " + DemoCredentials.Token, 200)]
    [InlineData("BEARER " + DemoCredentials.Token, 200)]
    [InlineData("Basic " + DemoCredentials.Token, 401)]
    [InlineData("bearer not-the-token", 401)]
    [InlineData(null, 401)]
    public async Task StaticToken_SchemeIsCaseInsensitive_AndBadOrMissingIs401(string? authorization, int expected)
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: false);

        Assert.Equal(expected, await HelloAsync(sim, authorization));
    }

    [Fact]
    public async Task Hello_ReturnsWorld()
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: false);

        var (status, body) = await sim.GetAsync("hello");

        Assert.Equal(200, status);
        Assert.Equal("World!", (string?)body!["hello"]);
    }
}
