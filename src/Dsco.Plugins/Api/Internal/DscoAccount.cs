using System;
using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Dsco.Plugins.Api.Internal;

/// <summary>
/// What all clients of one DSCO account share in the process: the token cache and the per-operation rate limiters.
/// Keyed by base URL plus a hash of the credentials (<see cref="DscoCredentials.Identity"/>), never the secret itself.
/// </summary>
internal sealed class DscoAccount
{
    private readonly ConcurrentDictionary<DscoOperation, SlidingWindowRateLimiter> _limiters = new();
    private readonly TimeProvider _timeProvider;

    private DscoAccount(string key, ITokenSource tokens, TimeProvider timeProvider)
    {
        Key = key;
        Tokens = tokens;
        _timeProvider = timeProvider;
    }

    public string Key { get; }

    public ITokenSource Tokens { get; }

    public static string KeyFor(Uri baseUrl, DscoCredentials credentials) =>
        baseUrl.AbsoluteUri.TrimEnd('/').ToUpperInvariant() + "|" + credentials.Identity;

    public static DscoAccount Create(DscoClientOptions options, Uri baseUrl, TimeProvider timeProvider, ILoggerFactory loggerFactory)
    {
        var credentials = options.Credentials ?? throw new ArgumentException("DscoClientOptions.Credentials is not set.", nameof(options));
        ITokenSource tokens = credentials switch
        {
            StaticTokenCredentials s => new StaticTokenSource(s.Token),
            ClientCredentialsCredentials c => new OAuthTokenSource(
                baseUrl, c, timeProvider, options.TokenRefreshMargin, options.AttemptTimeout, loggerFactory.CreateLogger("Dsco.Plugins.Api.DscoAuth")),
            _ => throw new ArgumentException($"Unsupported credentials type {credentials.GetType().Name}.", nameof(options)),
        };
        return new DscoAccount(KeyFor(baseUrl, credentials), tokens, timeProvider);
    }

    public SlidingWindowRateLimiter? GetLimiter(DscoOperation operation) =>
        operation.RateLimits.Count == 0 ? null : _limiters.GetOrAdd(operation, op => new SlidingWindowRateLimiter(op.RateLimits, _timeProvider));

    public override string ToString() => "DscoAccount(" + Key.Split('|')[0] + ")";
}
