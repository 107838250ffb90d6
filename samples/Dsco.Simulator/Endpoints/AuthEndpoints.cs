using System;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Dsco.Simulator.Internal;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dsco.Simulator.Endpoints;

/// <summary><c>POST /oauth2/token</c> and <c>GET /hello</c>.</summary>
internal static class AuthEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v3/oauth2/token", GetAccessTokenAsync).WithMetadata(new DscoOperation("getAccessToken", false, null));
        app.MapGet("/api/v3/hello", () => DscoHttp.Json(new JsonObject { ["hello"] = "World!" }))
            .WithMetadata(new DscoOperation("helloWorld", true, null));
    }

    private static async Task<IResult> GetAccessTokenAsync(HttpContext context, SimulatorRuntime sim)
    {
        if (!context.Request.HasFormContentType)
        {
            return OAuthError(StatusCodes.Status400BadRequest, "invalid_request",
                $"The body must be application/x-www-form-urlencoded, got '{context.Request.ContentType ?? "(none)"}'.");
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var grantType = form["grant_type"].ToString();
        var clientId = form["client_id"].ToString();
        var clientSecret = form["client_secret"].ToString();
        foreach (var (name, value) in new[] { ("client_id", clientId), ("client_secret", clientSecret), ("grant_type", grantType) })
        {
            if (string.IsNullOrEmpty(value))
            {
                return OAuthError(StatusCodes.Status400BadRequest, "invalid_request", $"The form field '{name}' is required.");
            }
        }

        if (grantType != "client_credentials")
        {
            return OAuthError(StatusCodes.Status400BadRequest, "invalid_request", $"grant_type must be 'client_credentials', got '{grantType}'.");
        }

        var account = sim.State.FindByClient(clientId, clientSecret);
        if (account is null)
        {
            return OAuthError(StatusCodes.Status401Unauthorized, "invalid_client", "Unknown client_id or wrong client_secret.");
        }

        var lifetime = sim.Options.TokenLifetime;
        var token = sim.State.IssueAccessToken(account, lifetime);
        return DscoHttp.Json(new JsonObject
        {
            ["access_token"] = token,
            ["token_type"] = "Bearer",
            ["expires_in"] = (long)lifetime.TotalSeconds,
        });
    }

    private static IResult OAuthError(int statusCode, string error, string description) =>
        DscoHttp.Json(new JsonObject { ["error"] = error, ["error_description"] = description }, statusCode);
}
