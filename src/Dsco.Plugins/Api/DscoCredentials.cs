using System;
using System.Security.Cryptography;
using System.Text;

namespace Dsco.Plugins.Api;

/// <summary>
/// How the client authenticates: a legacy static API token (<c>DscoAuth</c>) or OAuth2 client credentials
/// (<c>DscoOauth</c>). Both end up as <c>Authorization: bearer …</c>. ToString() never shows a secret.
/// </summary>
public abstract class DscoCredentials
{
    private protected DscoCredentials()
    {
    }

    /// <summary>A static API token issued by DSCO support.</summary>
    /// <exception cref="ArgumentException">The token is empty.</exception>
    public static DscoCredentials StaticToken(string token)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            throw new ArgumentException("The DSCO API token is empty; expected the token issued by DSCO support.", nameof(token));
        }

        return new StaticTokenCredentials(token.Trim());
    }

    /// <summary>An OAuth2 client id and secret; the client mints and caches access tokens from <c>/oauth2/token</c>.</summary>
    /// <exception cref="ArgumentException">The id or secret is empty.</exception>
    public static DscoCredentials ClientCredentials(string clientId, string clientSecret)
    {
        if (string.IsNullOrWhiteSpace(clientId))
        {
            throw new ArgumentException("The DSCO OAuth client id is empty; expected the client id from the DSCO portal.", nameof(clientId));
        }

        if (string.IsNullOrWhiteSpace(clientSecret))
        {
            throw new ArgumentException("The DSCO OAuth client secret is empty; expected the client secret from the DSCO portal.", nameof(clientSecret));
        }

        return new ClientCredentialsCredentials(clientId.Trim(), clientSecret.Trim());
    }

    /// <summary>
    /// A stable identity of the account for sharing token caches and rate limiters: a SHA-256 of the secret material,
    /// never the secret itself.
    /// </summary>
    internal abstract string Identity { get; }

    internal static string Hash(string kind, string value)
    {
#if NET5_0_OR_GREATER
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(kind + "\n" + value));
#else
        using var sha = SHA256.Create();
        var bytes = sha.ComputeHash(Encoding.UTF8.GetBytes(kind + "\n" + value));
#endif
        var text = new StringBuilder(kind.Length + 1 + 64).Append(kind).Append(':');
        foreach (var b in bytes)
        {
            text.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }
}

internal sealed class StaticTokenCredentials : DscoCredentials
{
    public StaticTokenCredentials(string token)
    {
        Token = token;
        Identity = Hash("token", token);
    }

    public string Token { get; }

    internal override string Identity { get; }

    public override string ToString() => "DscoCredentials(StaticToken, token=***)";
}

internal sealed class ClientCredentialsCredentials : DscoCredentials
{
    public ClientCredentialsCredentials(string clientId, string clientSecret)
    {
        ClientId = clientId;
        ClientSecret = clientSecret;
        Identity = Hash("oauth", clientId + "\n" + clientSecret);
    }

    public string ClientId { get; }

    public string ClientSecret { get; }

    internal override string Identity { get; }

    // The client id is not a secret, but shortening it keeps logs tidy and avoids handing out a full credential half.
    public override string ToString() =>
        $"DscoCredentials(ClientCredentials, clientId={Mask(ClientId)}, clientSecret=***)";

    private static string Mask(string value) => value.Length <= 4 ? "***" : value.Remove(4) + "***";
}
