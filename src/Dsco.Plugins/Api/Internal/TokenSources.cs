using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using Dsco.Plugins.Api.Models;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Dsco.Plugins.Api.Internal;

internal delegate Task<HttpResponseMessage> SendDelegate(HttpRequestMessage request, CancellationToken cancellationToken);

/// <summary>Supplies the bearer token. One instance per account, shared by all clients of that account.</summary>
internal interface ITokenSource
{
    /// <summary>True when a rejected token can be replaced by a new one.</summary>
    bool CanRenew { get; }

    ValueTask<string> GetTokenAsync(SendDelegate send, CancellationToken cancellationToken);

    /// <summary>Drops the cached token if it is still <paramref name="rejectedToken"/> (another caller may have renewed it already).</summary>
    void Invalidate(string rejectedToken);
}

internal sealed class StaticTokenSource : ITokenSource
{
    private readonly string _token;

    public StaticTokenSource(string token) => _token = token;

    public bool CanRenew => false;

    public ValueTask<string> GetTokenAsync(SendDelegate send, CancellationToken cancellationToken) => new(_token);

    public void Invalidate(string rejectedToken)
    {
    }

    public override string ToString() => "StaticTokenSource(***)";
}

/// <summary>Raised for a 408/429/5xx from the token endpoint: the API request was not sent, so it is safe to retry.</summary>
internal sealed class TokenEndpointUnavailableException : HttpRequestException
{
    public TokenEndpointUnavailableException(string message)
        : base(message)
    {
    }
}

/// <summary>
/// OAuth2 client credentials: <c>POST {BaseUrl}/oauth2/token</c> (form-encoded). The spec's tokenUrl is the relative
/// <c>/api/v3/oauth2/token</c> while the base URL already ends in <c>/api/v3</c>, so the endpoint is built from the base URL
/// and never by joining the two. The token is cached until shortly before <c>expires_in</c>; concurrent callers share one
/// request (a semaphore: whoever waits finds the fresh token in the cache).
/// </summary>
#pragma warning disable CA1001 // The semaphore lives as long as the account (process); it never allocates a wait handle.
internal sealed class OAuthTokenSource : ITokenSource
#pragma warning restore CA1001
{
    private static readonly DscoOperation TokenOperation = DscoOperationTokenHolder.Token;

    private readonly Uri _tokenUrl;
    private readonly string _clientId;
    private readonly string _clientSecret;
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _refreshMargin;
    private readonly TimeSpan _requestTimeout;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _renewal = new(1, 1);
    private readonly object _gate = new();
    private CachedToken? _cached;

    public OAuthTokenSource(Uri baseUrl, ClientCredentialsCredentials credentials, TimeProvider timeProvider, TimeSpan refreshMargin, TimeSpan requestTimeout, ILogger logger)
    {
        _tokenUrl = new Uri(baseUrl.AbsoluteUri.TrimEnd('/') + "/oauth2/token", UriKind.Absolute);
        _clientId = credentials.ClientId;
        _clientSecret = credentials.ClientSecret;
        _timeProvider = timeProvider;
        _refreshMargin = refreshMargin;
        _requestTimeout = requestTimeout;
        _logger = logger;
    }

    public bool CanRenew => true;

    private int _tokenRequests;

    /// <summary>How many token requests this source has made (for diagnostics and tests).</summary>
    public int TokenRequests => Volatile.Read(ref _tokenRequests);

    public async ValueTask<string> GetTokenAsync(SendDelegate send, CancellationToken cancellationToken)
    {
        var fresh = TryGetFresh();
        if (fresh is not null)
        {
            return fresh;
        }

        await _renewal.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            fresh = TryGetFresh();
            if (fresh is not null)
            {
                return fresh;
            }

            var token = await RequestTokenAsync(send, cancellationToken).ConfigureAwait(false);
            lock (_gate)
            {
                _cached = token;
            }

            return token.Value;
        }
        finally
        {
            _renewal.Release();
        }
    }

    public void Invalidate(string rejectedToken)
    {
        lock (_gate)
        {
            if (_cached is not null && string.Equals(_cached.Value, rejectedToken, StringComparison.Ordinal))
            {
                _cached = null;
                _logger.LogInformation("DSCO rejected the cached OAuth access token with 401; a new one will be requested.");
            }
        }
    }

    private string? TryGetFresh()
    {
        lock (_gate)
        {
            return _cached is not null && _timeProvider.GetUtcNow() < _cached.RenewAt ? _cached.Value : null;
        }
    }

    private async Task<CachedToken> RequestTokenAsync(SendDelegate send, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _tokenRequests);
        using var request = new HttpRequestMessage(HttpMethod.Post, _tokenUrl)
        {
            Content = new FormUrlEncodedContent(new[]
            {
                new KeyValuePair<string, string>("client_id", _clientId),
                new KeyValuePair<string, string>("client_secret", _clientSecret),
                new KeyValuePair<string, string>("grant_type", "client_credentials"),
            }),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        var started = _timeProvider.GetTimestamp();
        HttpResponseMessage response;
        using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        using (var timer = _timeProvider.CreateTimer(static s => ((CancellationTokenSource)s!).Cancel(), timeout, _requestTimeout, Timeout.InfiniteTimeSpan))
        {
            try
            {
                response = await send(request, timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TokenEndpointUnavailableException($"The DSCO token endpoint did not answer within {_requestTimeout.TotalSeconds:0} s.");
            }
        }

        using (response)
        {
            var body = response.Content is null ? string.Empty : await DscoTransport.ReadBodyAsync(response.Content).ConfigureAwait(false);
            if (_logger.IsEnabled(LogLevel.Information))
            {
                _logger.LogInformation("DSCO {Operation} -> {Status} in {ElapsedMs} ms", TokenOperation.Name, (int)response.StatusCode, _timeProvider.GetElapsedTime(started).TotalMilliseconds);
            }
            var operation = TokenOperation.Name;
            if (response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            {
                var (error, description) = ReadOAuthError(body);
                var message = $"DSCO {operation} failed with {(int)response.StatusCode}: the OAuth client credentials were rejected"
                    + (error is null ? string.Empty : $" ({error}{(description is null ? string.Empty : ": " + description)})")
                    + $". Check the client id ({Mask(_clientId)}) and secret configured for this account.";
                throw new DscoApiException(Scrub(message), operation, response.StatusCode, rawBody: Scrub(DscoApiException.Truncate(body)));
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new TokenEndpointUnavailableException($"The DSCO token endpoint answered {(int)response.StatusCode}.");
            }

            AccessTokenResponse? parsed = null;
            try
            {
                parsed = JsonConvert.DeserializeObject<AccessTokenResponse>(body, DscoJson.Settings);
            }
            catch (JsonException)
            {
                // Reported below without the body, which would contain the token.
            }

            if (parsed?.AccessToken is not { Length: > 0 } accessToken)
            {
                throw new DscoApiException($"DSCO {operation} answered {(int)response.StatusCode} without an access_token.", operation, response.StatusCode);
            }

            var lifetime = TimeSpan.FromSeconds(parsed.ExpiresIn is > 0 ? parsed.ExpiresIn.Value : 3600);
            var usable = lifetime - _refreshMargin;
            var half = TimeSpan.FromTicks(lifetime.Ticks / 2);
            if (usable < half)
            {
                usable = half;
            }

            return new CachedToken(accessToken, _timeProvider.GetUtcNow() + usable);
        }
    }

    private static (string? Error, string? Description) ReadOAuthError(string body)
    {
        try
        {
            var json = JObject.Parse(body);
            return ((string?)json["error"], (string?)json["error_description"]);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    private string Scrub(string text) => text.Replace(_clientSecret, "***");

    private static string Mask(string value) => value.Length <= 4 ? "***" : value.Remove(4) + "***";

    public override string ToString() => $"OAuthTokenSource({_tokenUrl}, clientId={Mask(_clientId)})";

    private sealed class CachedToken
    {
        public CachedToken(string value, DateTimeOffset renewAt)
        {
            Value = value;
            RenewAt = renewAt;
        }

        public string Value { get; }

        public DateTimeOffset RenewAt { get; }
    }
}

/// <summary>The token endpoint is not a plugin-facing operation, so it lives outside <see cref="DscoOperation"/>'s public list.</summary>
internal static class DscoOperationTokenHolder
{
    public static readonly DscoOperation Token = DscoOperation.CreateInternal("POST", "/oauth2/token", DscoRetryMode.Idempotent);
}
