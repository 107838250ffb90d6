using System;
using System.Collections.Concurrent;
using System.Net.Http;
using Dsco.Plugins.Api;
using Dsco.Plugins.Api.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dsco.Plugins.Hosting;

/// <summary>
/// Creates <see cref="DscoApiClient"/>s (register as a singleton). Primary HTTP handlers come from
/// <see cref="IHttpMessageHandlerFactory"/> (named <see cref="HttpClientName"/>), so connections are pooled and rotated
/// across plugin instances even when the host creates a plugin per run. Token caches and rate limiters are kept per
/// account (base URL + a hash of the credentials), so every client of one account shares them.
/// </summary>
public sealed class DscoApiClientFactory
{
    /// <summary>Name of the HttpClient registration whose primary handler the clients use.</summary>
    public const string HttpClientName = "Dsco";

    private readonly IHttpMessageHandlerFactory _handlers;
    private readonly TimeProvider _timeProvider;
    private readonly ILoggerFactory _loggerFactory;
    private readonly ConcurrentDictionary<string, DscoAccount> _accounts = new(StringComparer.Ordinal);

    /// <summary>Creates the factory.</summary>
    public DscoApiClientFactory(IHttpMessageHandlerFactory handlers, TimeProvider timeProvider, ILoggerFactory? loggerFactory = null)
    {
        _handlers = handlers ?? throw new ArgumentNullException(nameof(handlers));
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        _loggerFactory = loggerFactory ?? NullLoggerFactory.Instance;
    }

    /// <summary>Jitter source for retry backoff (0..1); replace in tests for deterministic delays.</summary>
    internal Func<double>? Randomizer { get; set; }

    /// <summary>Creates a client for one account. Cheap; dispose it when done (the pooled handler stays alive).</summary>
    /// <exception cref="ArgumentException">The options are invalid (e.g. missing credentials, http to a non-loopback host).</exception>
    public DscoApiClient Create(DscoClientOptions options) => Create(options, logger: null);

    /// <summary>
    /// Creates a client for one account whose request, retry and rate-limit lines go to <paramref name="logger"/>
    /// (e.g. the log of the task run that uses it) instead of the factory's logger factory. Token renewals are
    /// shared by every client of the account and stay on the factory's logger factory.
    /// </summary>
    /// <param name="options">Where and how to talk to DSCO.</param>
    /// <param name="logger">Where this client logs; null for the factory's logger factory.</param>
    /// <exception cref="ArgumentException">The options are invalid (e.g. missing credentials, http to a non-loopback host).</exception>
    public DscoApiClient Create(DscoClientOptions options, ILogger? logger)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        var baseUrl = options.Validate();
        var key = DscoAccount.KeyFor(baseUrl, options.Credentials!);
        var account = _accounts.GetOrAdd(key, _ => DscoAccount.Create(options, baseUrl, _timeProvider, _loggerFactory));
        var primary = _handlers.CreateHandler(HttpClientName);
        return new DscoApiClient(options, primary, account, _timeProvider, logger ?? _loggerFactory.CreateLogger<DscoApiClient>(), Randomizer);
    }

    /// <summary>Shows the number of accounts only.</summary>
    public override string ToString() => $"DscoApiClientFactory(accounts={_accounts.Count})";
}
