using System;
using System.Collections.Generic;
using System.Net.Http;

namespace Dsco.Plugins.Api;

/// <summary>How an operation may be retried.</summary>
public enum DscoRetryMode
{
    /// <summary>Repeating it has the same effect as doing it once (reads, acknowledge, position PUT, absolute inventory).</summary>
    Idempotent,

    /// <summary>
    /// Repeating it could create a duplicate. Retried only when DSCO certainly did not act on it (429, a 401 with a
    /// renewed token, a connection that was never made); any ambiguous failure becomes <see cref="DscoOutcomeUnknownException"/>.
    /// </summary>
    NonIdempotentCreate,
}

/// <summary>One sliding-window limit: at most <see cref="Permits"/> requests in any <see cref="Window"/>.</summary>
public readonly struct DscoRateLimit
{
    /// <summary>Creates a limit.</summary>
    public DscoRateLimit(int permits, TimeSpan window)
    {
        Permits = permits;
        Window = window;
    }

    /// <summary>Requests allowed per window.</summary>
    public int Permits { get; }

    /// <summary>Window length.</summary>
    public TimeSpan Window { get; }
}

/// <summary>
/// A DSCO operation: method, path, retry mode and the spec's documented rate limits.
/// </summary>
/// <remarks>
/// <para>How each operation stays exactly-once:</para>
/// <list type="bullet">
/// <item>Reads (<c>GET /hello</c>, <c>/order/page</c>, <c>/order/</c>, <c>/order/log</c>, <c>/invoice</c>, <c>/invoice/log</c>,
/// <c>/inventory/log</c>, <c>/stream</c> and event pages) have no effect and are retried on 408/429/5xx/timeouts/network errors.</item>
/// <item><c>POST /order/acknowledge</c> sets the order's acknowledged state and supplier order number: repeating it is harmless,
/// so it is retried. The outcome is confirmed through <c>/order/log</c> by requestId.</item>
/// <item><c>PUT /stream/{id}/{partition}/{position}</c> sets an absolute position: retried.</item>
/// <item>Inventory single item, small batch and the large-batch upload set absolute quantities: retried (the last write wins
/// with the same values). The large-batch <c>POST</c> only hands out an upload URL.</item>
/// <item><c>POST /order/singleShipment</c>, <c>POST /invoice</c>, <c>POST /stream</c>, <c>POST /order/shipment/batch/small</c> and
/// <c>POST /invoice/batch/small</c> can create duplicates. They are retried only after 429, a 401 answered with a renewed token,
/// or a connection that was refused before the request went out. After a timeout, a dropped connection, 408 or 5xx the client
/// throws <see cref="DscoOutcomeUnknownException"/> without re-sending; the caller verifies (order packages, <c>GET /invoice</c>,
/// <c>GET /stream</c>, the change log) before trying again.</item>
/// </list>
/// </remarks>
public sealed class DscoOperation
{
    private DscoOperation(string method, string path, DscoRetryMode retryMode, params DscoRateLimit[] rateLimits)
    {
        Method = new HttpMethod(method);
        Path = path;
        RetryMode = retryMode;
        RateLimits = rateLimits;
    }

    internal static DscoOperation CreateInternal(string method, string path, DscoRetryMode retryMode) => new(method, path, retryMode);

    /// <summary>HTTP method.</summary>
    public HttpMethod Method { get; }

    /// <summary>Path template relative to the base URL, as the spec writes it.</summary>
    public string Path { get; }

    /// <summary>Retry mode.</summary>
    public DscoRetryMode RetryMode { get; }

    /// <summary>Client-side limits (empty = none; 429 still backs off).</summary>
    public IReadOnlyList<DscoRateLimit> RateLimits { get; }

    /// <summary>E.g. <c>POST /order/singleShipment</c>.</summary>
    public string Name => Method.Method + " " + Path;

    /// <inheritdoc/>
    public override string ToString() => Name;

    private static DscoRateLimit PerSecond(int n) => new(n, TimeSpan.FromSeconds(1));

    private static DscoRateLimit PerMinute(int n) => new(n, TimeSpan.FromMinutes(1));

#pragma warning disable CS1591 // The names say what they are; the remarks above say how each is retried.
    public static readonly DscoOperation Hello = new("GET", "/hello", DscoRetryMode.Idempotent);
    public static readonly DscoOperation GetOrderPage = new("GET", "/order/page", DscoRetryMode.Idempotent, PerSecond(10), PerMinute(500));
    public static readonly DscoOperation GetOrderById = new("GET", "/order/", DscoRetryMode.Idempotent, PerSecond(10), PerMinute(500));
    public static readonly DscoOperation AcknowledgeOrders = new("POST", "/order/acknowledge", DscoRetryMode.Idempotent, PerSecond(15), PerMinute(1000));
    public static readonly DscoOperation GetOrderChangeLog = new("GET", "/order/log", DscoRetryMode.Idempotent);
    public static readonly DscoOperation CreateSingleShipment = new("POST", "/order/singleShipment", DscoRetryMode.NonIdempotentCreate, PerSecond(15), PerMinute(300));
    public static readonly DscoOperation CreateShipmentSmallBatch = new("POST", "/order/shipment/batch/small", DscoRetryMode.NonIdempotentCreate);
    public static readonly DscoOperation CreateStream = new("POST", "/stream", DscoRetryMode.NonIdempotentCreate);
    public static readonly DscoOperation ListStreams = new("GET", "/stream", DscoRetryMode.Idempotent);
    public static readonly DscoOperation GetStreamEvents = new("GET", "/stream/{id}/{partitionId}/{position}", DscoRetryMode.Idempotent);
    public static readonly DscoOperation GetStreamEventsInRange = new("GET", "/stream/{id}/{partitionId}/{startPosition}/{endPosition}", DscoRetryMode.Idempotent);
    public static readonly DscoOperation UpdateStreamPosition = new("PUT", "/stream/{id}/{partitionId}/{position}", DscoRetryMode.Idempotent);
    public static readonly DscoOperation CreateInvoice = new("POST", "/invoice", DscoRetryMode.NonIdempotentCreate, PerSecond(15), PerMinute(1000));
    public static readonly DscoOperation GetInvoice = new("GET", "/invoice", DscoRetryMode.Idempotent, PerSecond(15), PerMinute(1000));
    public static readonly DscoOperation CreateInvoiceSmallBatch = new("POST", "/invoice/batch/small", DscoRetryMode.NonIdempotentCreate);
    public static readonly DscoOperation GetInvoiceChangeLog = new("GET", "/invoice/log", DscoRetryMode.Idempotent);
    public static readonly DscoOperation UpdateInventorySingleItem = new("POST", "/inventory/singleItem", DscoRetryMode.Idempotent, PerSecond(5), PerMinute(300));
    public static readonly DscoOperation UpdateInventorySmallBatch = new("POST", "/inventory/batch/small", DscoRetryMode.Idempotent);
    public static readonly DscoOperation StartInventoryLargeBatch = new("POST", "/inventory/batch/large", DscoRetryMode.Idempotent);
    public static readonly DscoOperation UploadInventoryLargeBatch = new("PUT", "{dataUrl}", DscoRetryMode.Idempotent);
    public static readonly DscoOperation GetInventory = new("GET", "/inventory", DscoRetryMode.Idempotent, PerSecond(15), PerMinute(300));
    public static readonly DscoOperation GetInventoryChangeLog = new("GET", "/inventory/log", DscoRetryMode.Idempotent);
#pragma warning restore CS1591
}
