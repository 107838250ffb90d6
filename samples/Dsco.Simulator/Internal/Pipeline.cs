using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Dsco.Simulator.Internal;

/// <summary>A per-account rate limit: at most <paramref name="Permits"/> requests per <paramref name="Window"/>.</summary>
internal sealed record RateLimit(int Permits, TimeSpan Window)
{
    public static RateLimit PerSecond(int permits) => new(permits, TimeSpan.FromSeconds(1));

    public static RateLimit PerMinute(int permits) => new(permits, TimeSpan.FromMinutes(1));
}

/// <summary>Endpoint metadata: the spec operationId, whether it needs a token, and the spec's rate limits.</summary>
internal sealed record DscoOperation(string OperationId, bool RequiresAuth, long? MaxBodyBytes, params RateLimit[] Limits);

/// <summary>Everything one running simulator shares: options, state, fault knobs, rate limiter.</summary>
internal sealed class SimulatorRuntime
{
    public SimulatorRuntime(SimulatorOptions options)
    {
        Options = options;
        State = new SimulatorState(options);
        Faults = options.Faults;
    }

    public SimulatorOptions Options { get; }

    public SimulatorState State { get; }

    public SimulatorFaults Faults { get; }

    public SlidingWindowLimiter Limiter { get; } = new();

    public DateTimeOffset Now => Options.TimeProvider.GetUtcNow();
}

/// <summary>Sliding-window log per (account, operation); rejected calls do not use up permits.</summary>
internal sealed class SlidingWindowLimiter
{
    private readonly Dictionary<(string, string), List<DateTimeOffset>> _calls = [];

    public bool TryAcquire(string account, string operation, IReadOnlyList<RateLimit> limits, DateTimeOffset now, out TimeSpan retryAfter)
    {
        retryAfter = TimeSpan.Zero;
        lock (_calls)
        {
            if (!_calls.TryGetValue((account, operation), out var calls))
            {
                calls = [];
                _calls[(account, operation)] = calls;
            }

            var longest = limits.Max(l => l.Window);
            calls.RemoveAll(t => t <= now - longest);
            foreach (var limit in limits)
            {
                var inWindow = calls.Where(t => t > now - limit.Window).ToList();
                if (inWindow.Count >= limit.Permits)
                {
                    // The call that must leave the window before one more fits.
                    var wait = inWindow[inWindow.Count - limit.Permits] + limit.Window - now;
                    retryAfter = wait > retryAfter ? wait : retryAfter;
                }
            }

            if (retryAfter > TimeSpan.Zero)
            {
                return false;
            }

            calls.Add(now);
            return true;
        }
    }
}

/// <summary>
/// The middleware in front of every DSCO endpoint, in the order a gateway would apply it: bookkeeping, faults,
/// body limit, authentication, rate limits, then the endpoint.
/// </summary>
internal static class Pipeline
{
    internal const string AccountKey = "dsco.account";

    public static Account Account(this HttpContext context) => (Account)context.Items[AccountKey]!;

    public static async Task InvokeAsync(HttpContext context, RequestDelegate next, SimulatorRuntime sim)
    {
        var path = context.Request.Path.Value ?? "/";
        if (!path.StartsWith("/api/v3", StringComparison.Ordinal))
        {
            await next(context);
            return;
        }

        var operation = context.GetEndpoint()?.Metadata.GetMetadata<DscoOperation>();

        // The latency timer starts before the request is counted, so a test that sees the count can advance its clock.
        var latency = sim.Faults.Latency;
        var delay = latency > TimeSpan.Zero ? Task.Delay(latency, sim.Options.TimeProvider, context.RequestAborted) : Task.CompletedTask;
        sim.State.RecordRequest(operation?.OperationId ?? "unknown", context.Request.Method, path);
        await delay;
        sim.State.ProcessDueJobs();

        var drop = sim.Faults.TakeDrop(path);
        if (drop == DropTiming.BeforeProcessing)
        {
            context.Abort();
            return;
        }

        if (sim.Faults.TakeForcedStatus(path) is { } forced)
        {
            if (forced.RetryAfterSeconds is { } seconds)
            {
                context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            }

            await DscoHttp.Failure(forced.StatusCode, sim.Now, SimMessage.Error(
                forced.StatusCode == 429 ? "TOO_MANY_REQUESTS" : "INTERNAL_ERROR",
                forced.StatusCode == 429 ? "Rate limit exceeded (simulated fault)." : $"Simulated server error {forced.StatusCode}.")).ExecuteAsync(context);
            return;
        }

        var maxBody = operation?.MaxBodyBytes ?? sim.Options.MaxRequestBodyBytes;
        if (context.Request.ContentLength > maxBody)
        {
            await TooLarge(context, sim, maxBody);
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = maxBody;
        }

        if (operation is null)
        {
            await next(context);
            return;
        }

        if (operation.RequiresAuth)
        {
            var account = Authenticate(context, sim, out var problem);
            if (account is null)
            {
                context.Response.Headers.WWWAuthenticate = "Bearer";
                await DscoHttp.Failure(StatusCodes.Status401Unauthorized, sim.Now, SimMessage.Error("UNAUTHORIZED", problem)).ExecuteAsync(context);
                return;
            }

            context.Items[AccountKey] = account;
            if (sim.Options.EnforceRateLimits && operation.Limits.Length > 0 &&
                !sim.Limiter.TryAcquire(account.SupplierId, operation.OperationId, operation.Limits, sim.Now, out var retryAfter))
            {
                var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await DscoHttp.Failure(StatusCodes.Status429TooManyRequests, sim.Now, SimMessage.Error("TOO_MANY_REQUESTS",
                    $"Rate limit for {operation.OperationId} exceeded ({string.Join(" and ", operation.Limits.Select(Describe))}); retry after {seconds} s.")).ExecuteAsync(context);
                return;
            }
        }

        try
        {
            if (drop == DropTiming.AfterProcessing)
            {
                // Let the endpoint do its work into a buffer that is never sent, then cut the connection.
                var original = context.Response.Body;
                await using var buffer = new MemoryStream();
                context.Response.Body = buffer;
                try
                {
                    await next(context);
                }
                finally
                {
                    context.Response.Body = original;
                    context.Abort();
                }

                return;
            }

            await next(context);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted)
        {
            await TooLarge(context, sim, maxBody);
        }
    }

    private static Task TooLarge(HttpContext context, SimulatorRuntime sim, long maxBody) =>
        DscoHttp.Failure(StatusCodes.Status413PayloadTooLarge, sim.Now, SimMessage.Error("PAYLOAD_TOO_LARGE",
            $"The request body exceeds the limit of {maxBody} bytes ({maxBody / (1024 * 1024)} MB); split it into smaller requests.")).ExecuteAsync(context);

    private static string Describe(RateLimit limit) =>
        limit.Window == TimeSpan.FromSeconds(1) ? $"{limit.Permits}/s" : $"{limit.Permits}/min";

    private static Account? Authenticate(HttpContext context, SimulatorRuntime sim, out string problem)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (string.IsNullOrWhiteSpace(header))
        {
            problem = "Missing Authorization header; send 'Authorization: bearer <token>'.";
            return null;
        }

        var space = header.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0 || !header[..space].Equals("bearer", StringComparison.OrdinalIgnoreCase))
        {
            problem = "The Authorization header must use the bearer scheme ('Authorization: bearer <token>').";
            return null;
        }

        var token = header[(space + 1)..].Trim();
        var expired = false;
        var account = sim.State.FindByStaticToken(token) ?? sim.State.FindByAccessToken(token, out expired);
        if (account is not null)
        {
            problem = "";
            return account;
        }

        problem = expired
            ? "The access token has expired; request a new one from /oauth2/token."
            : "The bearer token is not valid.";
        return null;
    }
}
