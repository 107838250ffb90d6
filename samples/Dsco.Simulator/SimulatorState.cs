using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Dsco.Simulator.Internal;

namespace Dsco.Simulator;

/// <summary>
/// The simulator's in-memory DSCO data, per supplier account. Every read and write goes through one lock, so the
/// HTTP endpoints and tests may use it concurrently. Read methods return snapshots (deep copies).
/// </summary>
public sealed partial class SimulatorState
{
    private readonly Dictionary<string, Account> _accounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string SupplierId, DateTimeOffset ExpiresAt)> _accessTokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ScrollCursor> _scrolls = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _requestCounts = new(StringComparer.Ordinal);
    private const int MaxRecordedRequests = 10_000;
    private readonly Queue<SimRequest> _requests = new();
    private long _sequence;
    private long _nextOrderId = 5000001;
    private long _nextInvoiceId = 7000001;
    private long _nextPackageId = 8000001;

    internal SimulatorState(SimulatorOptions options)
    {
        Options = options;
        AddAccount(DemoCredentials.SupplierId, DemoCredentials.Token, DemoCredentials.ClientId, DemoCredentials.ClientSecret);
        if (options.SeedDemoData)
        {
            lock (Gate)
            {
                DemoData.Seed(this, _accounts[DemoCredentials.SupplierId]);
            }
        }
    }

    internal object Gate { get; } = new();

    internal SimulatorOptions Options { get; }

    internal DateTimeOffset Now => Options.TimeProvider.GetUtcNow();

    /// <summary>Adds another supplier account with its own static token and OAuth client (all optional).</summary>
    public void AddAccount(string supplierId, string? token = null, string? clientId = null, string? clientSecret = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(supplierId);
        lock (Gate)
        {
            if (_accounts.ContainsKey(supplierId))
            {
                throw new InvalidOperationException($"Supplier account '{supplierId}' already exists.");
            }

            _accounts[supplierId] = new Account(supplierId, token, clientId, clientSecret);
        }
    }

    // ---------------------------------------------------------------- authentication

    internal Account? FindByStaticToken(string token)
    {
        lock (Gate)
        {
            return _accounts.Values.FirstOrDefault(a => a.Token is not null && FixedEquals(a.Token, token));
        }
    }

    internal Account? FindByAccessToken(string token, out bool expired)
    {
        lock (Gate)
        {
            expired = false;
            if (!_accessTokens.TryGetValue(token, out var entry))
            {
                return null;
            }

            if (entry.ExpiresAt <= Now)
            {
                expired = true;
                return null;
            }

            return _accounts[entry.SupplierId];
        }
    }

    internal Account? FindByClient(string clientId, string clientSecret)
    {
        lock (Gate)
        {
            return _accounts.Values.FirstOrDefault(a => a.ClientId is not null && a.ClientSecret is not null &&
                FixedEquals(a.ClientId, clientId) && FixedEquals(a.ClientSecret, clientSecret));
        }
    }

    internal string IssueAccessToken(Account account, TimeSpan lifetime)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        lock (Gate)
        {
            _accessTokens[token] = (account.SupplierId, Now + lifetime);
        }

        return token;
    }

    /// <summary>Makes every OAuth access token issued so far expire now (a client must fetch a new one).</summary>
    public void ExpireAllAccessTokens()
    {
        lock (Gate)
        {
            foreach (var key in _accessTokens.Keys.ToList())
            {
                _accessTokens[key] = (_accessTokens[key].SupplierId, Now);
            }
        }
    }

    /// <summary>Forgets every OAuth access token issued so far (they become unknown, as after a revocation).</summary>
    public void RevokeAllAccessTokens()
    {
        lock (Gate)
        {
            _accessTokens.Clear();
        }
    }

    /// <summary>Number of OAuth access tokens issued and still valid.</summary>
    public int ActiveAccessTokenCount
    {
        get
        {
            lock (Gate)
            {
                var now = Now;
                return _accessTokens.Values.Count(t => t.ExpiresAt > now);
            }
        }
    }

    private static bool FixedEquals(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(System.Text.Encoding.UTF8.GetBytes(a), System.Text.Encoding.UTF8.GetBytes(b));

    // ---------------------------------------------------------------- request bookkeeping

    internal void RecordRequest(string operationId, string method, string path)
    {
        lock (Gate)
        {
            _requestCounts[operationId] = _requestCounts.GetValueOrDefault(operationId) + 1;
            _requests.Enqueue(new SimRequest(operationId, method, path, Now));
            if (_requests.Count > MaxRecordedRequests)
            {
                _requests.Dequeue();
            }
        }
    }

    /// <summary>How many requests reached the operation (spec operationId, e.g. <c>acknowledgeOrders</c>), whatever the outcome.</summary>
    public int RequestCount(string operationId)
    {
        lock (Gate)
        {
            return _requestCounts.GetValueOrDefault(operationId);
        }
    }

    /// <summary>Request counts per operationId.</summary>
    public IReadOnlyDictionary<string, int> RequestCounts()
    {
        lock (Gate)
        {
            return new Dictionary<string, int>(_requestCounts, StringComparer.Ordinal);
        }
    }

    /// <summary>The most recent requests (up to 10,000), in arrival order (no headers, so no secrets).</summary>
    public IReadOnlyList<SimRequest> Requests()
    {
        lock (Gate)
        {
            return _requests.ToList();
        }
    }

    // ---------------------------------------------------------------- helpers used under the lock

    internal Account GetAccount(string? supplierId)
    {
        var id = supplierId ?? DemoCredentials.SupplierId;
        return _accounts.TryGetValue(id, out var account)
            ? account
            : throw new KeyNotFoundException($"Supplier account '{id}' does not exist.");
    }

    internal IEnumerable<Account> Accounts => _accounts.Values;

    internal long NextSequence() => ++_sequence;

    internal string NextOrderId() => (_nextOrderId++).ToString(System.Globalization.CultureInfo.InvariantCulture);

    internal string NextInvoiceId() => (_nextInvoiceId++).ToString(System.Globalization.CultureInfo.InvariantCulture);

    internal long NextPackageId() => _nextPackageId++;

    internal void ReserveOrderId(string dscoOrderId)
    {
        if (long.TryParse(dscoOrderId, out var numeric) && numeric >= _nextOrderId)
        {
            _nextOrderId = numeric + 1;
        }
    }

    /// <summary>Runs queued async work whose processing delay has passed. Called at the start of every request and read.</summary>
    internal void ProcessDueJobs()
    {
        lock (Gate)
        {
            var now = Now;
            foreach (var account in _accounts.Values)
            {
                foreach (var job in account.Jobs.Values.Where(j => j.Ready && !j.Completed && j.DueAt <= now).ToList())
                {
                    foreach (var (entry, process) in job.Items)
                    {
                        entry.DateProcessed = now;
                        process(account, entry);
                    }

                    job.Completed = true;
                }
            }
        }
    }

    // ---------------------------------------------------------------- scroll cursors (order page, change logs)

    internal sealed class ScrollCursor
    {
        public required string SupplierId { get; init; }

        public required string Kind { get; init; }

        public required List<JsonNode> Items { get; init; }

        public required int PageSize { get; init; }

        public int Next { get; set; }

        public DateTimeOffset ExpiresAt { get; set; }
    }

    internal string OpenScroll(string supplierId, string kind, List<JsonNode> items, int pageSize)
    {
        var id = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        _scrolls[id] = new ScrollCursor
        {
            SupplierId = supplierId,
            Kind = kind,
            Items = items,
            PageSize = pageSize,
            ExpiresAt = Now + Options.PageCacheLifetime,
        };
        return id;
    }

    /// <summary>The next cached page, or null when the scrollId is unknown, expired or already finished.</summary>
    internal List<JsonNode>? NextPage(string supplierId, string kind, string scrollId)
    {
        var now = Now;
        foreach (var expired in _scrolls.Where(s => s.Value.ExpiresAt <= now).Select(s => s.Key).ToList())
        {
            _scrolls.Remove(expired);
        }

        if (!_scrolls.TryGetValue(scrollId, out var cursor) || cursor.SupplierId != supplierId || cursor.Kind != kind)
        {
            return null;
        }

        var page = cursor.Items.Skip(cursor.Next).Take(cursor.PageSize).Select(n => n.DeepClone()).ToList();
        cursor.Next += page.Count;
        cursor.ExpiresAt = now + Options.PageCacheLifetime;
        if (page.Count == 0)
        {
            // The empty page ends the scroll; asking again is a 404 like an expired page.
            _scrolls.Remove(scrollId);
        }

        return page;
    }
}

/// <summary>One request the simulator received.</summary>
/// <param name="OperationId">Spec operationId (or a <c>simulator…</c> name for simulator-only endpoints).</param>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">Request path (decoded by the server, without the query).</param>
/// <param name="ReceivedAt">Simulator clock time of arrival.</param>
public sealed record SimRequest(string OperationId, string Method, string Path, DateTimeOffset ReceivedAt);
