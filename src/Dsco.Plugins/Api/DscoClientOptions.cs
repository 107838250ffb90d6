using System;
using System.Net;
using System.Net.Sockets;

namespace Dsco.Plugins.Api;

/// <summary>Where and how a <see cref="DscoApiClient"/> talks to DSCO. <see cref="ToString"/> never shows a secret.</summary>
public sealed class DscoClientOptions
{
    /// <summary>Production base URL.</summary>
    public const string ProductionBaseUrl = "https://api.dsco.io/api/v3";

    /// <summary>Staging base URL.</summary>
    public const string StagingBaseUrl = "https://staging-api.dsco.io/api/v3";

    /// <summary>Base URL including <c>/api/v3</c>; https is required except for loopback hosts (tests, simulator).</summary>
    public string BaseUrl { get; set; } = ProductionBaseUrl;

    /// <summary>Static token or OAuth client credentials (required).</summary>
    public DscoCredentials? Credentials { get; set; }

    /// <summary>How many times a retryable failure is retried (not counting the first attempt). Default 5.</summary>
    public int MaxRetryAttempts { get; set; } = 5;

    /// <summary>Base of the jittered exponential backoff. Default 1 s.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Upper bound for any single retry delay, including one asked for by <c>Retry-After</c>. Default 2 min.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Timeout of one HTTP attempt (the HttpClient itself has none). Default 100 s.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>Renew an OAuth access token this long before DSCO says it expires. Default 5 min.</summary>
    public TimeSpan TokenRefreshMargin { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Client-side rate limits per operation at the spec's documented limits. Default true.</summary>
    public bool EnableRateLimiting { get; set; } = true;

    /// <summary>Checks the options and returns the parsed base URL (without a trailing slash).</summary>
    /// <exception cref="ArgumentException">A value is missing or invalid; the message names it.</exception>
    public Uri Validate()
    {
        if (Credentials is null)
        {
            throw new ArgumentException("DscoClientOptions.Credentials is not set; expected DscoCredentials.StaticToken(...) or DscoCredentials.ClientCredentials(...).", nameof(Credentials));
        }

        if (MaxRetryAttempts < 0 || MaxRetryAttempts > 50)
        {
            throw new ArgumentException($"DscoClientOptions.MaxRetryAttempts is {MaxRetryAttempts}; expected 0 to 50.", nameof(MaxRetryAttempts));
        }

        RequirePositive(RetryBaseDelay, nameof(RetryBaseDelay));
        RequirePositive(MaxRetryDelay, nameof(MaxRetryDelay));
        RequirePositive(AttemptTimeout, nameof(AttemptTimeout));
        if (TokenRefreshMargin < TimeSpan.Zero)
        {
            throw new ArgumentException($"DscoClientOptions.TokenRefreshMargin is {TokenRefreshMargin}; expected zero or more.", nameof(TokenRefreshMargin));
        }

        return ValidateBaseUrl(BaseUrl);
    }

    internal static Uri ValidateBaseUrl(string? baseUrl, string what = "DscoClientOptions.BaseUrl")
    {
        if (string.IsNullOrWhiteSpace(baseUrl) || !Uri.TryCreate(baseUrl!.Trim(), UriKind.Absolute, out var uri))
        {
            throw new ArgumentException($"{what} '{baseUrl}' is not an absolute URL; expected e.g. '{ProductionBaseUrl}'.", nameof(baseUrl));
        }

        // Shown without user info or query: either may carry a password or token someone pasted into the URL.
        var shown = Display(uri);
        if (uri.Scheme == Uri.UriSchemeHttp)
        {
            if (!IsLoopback(uri))
            {
                throw new ArgumentException(
                    $"{what} '{shown}' uses plain http; DSCO credentials may only travel over https (http is allowed for localhost, 127.0.0.0/8 and ::1 only).",
                    nameof(baseUrl));
            }
        }
        else if (uri.Scheme != Uri.UriSchemeHttps)
        {
            throw new ArgumentException($"{what} '{shown}' has scheme '{uri.Scheme}'; expected https.", nameof(baseUrl));
        }

        if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment) || !string.IsNullOrEmpty(uri.UserInfo))
        {
            throw new ArgumentException($"{what} '{shown}' must not contain a query, fragment or user info; expected e.g. '{ProductionBaseUrl}'.", nameof(baseUrl));
        }

        return new Uri(uri.GetLeftPart(UriPartial.Path).TrimEnd('/'), UriKind.Absolute);
    }

    private static string Display(Uri uri) =>
        uri.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped);

    /// <summary>Checks a URL DSCO handed out (e.g. a large-batch dataUrl): https, or http on loopback; a query is allowed.</summary>
    internal static Uri ValidateBaseUrlAllowQuery(string url)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri))
        {
            throw new ArgumentException($"'{url}' is not an absolute URL.", nameof(url));
        }

        if (uri.Scheme != Uri.UriSchemeHttps && !(uri.Scheme == Uri.UriSchemeHttp && IsLoopback(uri)))
        {
            throw new ArgumentException($"'{uri.GetLeftPart(UriPartial.Path)}' is not https; refusing to upload over an unencrypted connection.", nameof(url));
        }

        return uri;
    }

    internal static bool IsLoopback(Uri uri)
    {
        if (string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var host = uri.HostNameType == UriHostNameType.IPv6 ? uri.Host.Trim('[', ']') : uri.Host;
        return IPAddress.TryParse(host, out var address)
            && (address.AddressFamily == AddressFamily.InterNetwork || address.AddressFamily == AddressFamily.InterNetworkV6)
            && IPAddress.IsLoopback(address);
    }

    private static void RequirePositive(TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero)
        {
            throw new ArgumentException($"DscoClientOptions.{name} is {value}; expected a positive duration.", name);
        }
    }

    /// <summary>Shows the URL and knobs, never a secret.</summary>
    public override string ToString() =>
        $"DscoClientOptions(BaseUrl={BaseUrl}, Credentials={Credentials?.ToString() ?? "(none)"}, MaxRetryAttempts={MaxRetryAttempts}, AttemptTimeout={AttemptTimeout})";
}
