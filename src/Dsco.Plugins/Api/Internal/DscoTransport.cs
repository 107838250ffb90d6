using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Dsco.Plugins.Api.Models;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Dsco.Plugins.Api.Internal;

/// <summary>
/// The only place that sends DSCO requests: rate limit, retry pipeline, per-attempt timeout, logging, and turning every
/// failure into a <see cref="DscoApiException"/> (or <see cref="DscoOutcomeUnknownException"/>) in one way.
/// </summary>
internal sealed class DscoTransport : IDisposable
{
    /// <summary>DSCO refuses bodies over 5 MB on acknowledge and the small batches; we apply it to every JSON body.</summary>
    public const int MaxRequestBodyBytes = 5 * 1024 * 1024;

    private static readonly ResiliencePropertyKey<CallState> StateKey = new("Dsco.CallState");
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json");

    private readonly HttpClient _authenticated;
    private readonly HttpClient _anonymous;
    private readonly DscoAccount _account;
    private readonly DscoClientOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly ResiliencePipeline<HttpResponseMessage> _retry;
    private readonly ResiliencePipeline _attemptTimeout;

    public DscoTransport(
        Uri baseUrl,
        DscoClientOptions options,
        HttpMessageHandler primaryHandler,
        DscoAccount account,
        TimeProvider timeProvider,
        ILogger logger,
        Func<double>? randomizer)
    {
        BaseUrl = baseUrl;
        _options = options;
        _account = account;
        _timeProvider = timeProvider;
        _logger = logger;
        _authenticated = new HttpClient(new DscoAuthHandler(account.Tokens, primaryHandler), disposeHandler: false)
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        _anonymous = new HttpClient(primaryHandler, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan };

        var retryOptions = new RetryStrategyOptions<HttpResponseMessage>
        {
            // One extra slot for the single token renewal after a 401; ShouldRetry bounds the transient retries.
            MaxRetryAttempts = options.MaxRetryAttempts + 1,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.RetryBaseDelay,
            MaxDelay = options.MaxRetryDelay,
            ShouldHandle = args => new ValueTask<bool>(ShouldRetry(args.Outcome, args.Context.Properties.GetValue(StateKey, null!))),
            DelayGenerator = args => new ValueTask<TimeSpan?>(DelayFor(args.Outcome)),
            OnRetry = args =>
            {
                if (!_logger.IsEnabled(LogLevel.Warning))
                {
                    return default;
                }

                var state = args.Context.Properties.GetValue(StateKey, null!);
                _logger.LogWarning(
                    "DSCO {Operation} attempt {Attempt} failed ({Reason}); retrying in {DelayMs} ms",
                    state.Operation.Name,
                    args.AttemptNumber + 1,
                    Describe(args.Outcome),
                    args.RetryDelay.TotalMilliseconds);
                return default;
            },
        };
        if (randomizer is not null)
        {
            retryOptions.Randomizer = randomizer;
        }

        _retry = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider }
            .AddRetry(retryOptions)
            .Build();
        _attemptTimeout = new ResiliencePipelineBuilder { TimeProvider = timeProvider }
            .AddTimeout(new TimeoutStrategyOptions { Timeout = options.AttemptTimeout })
            .Build();
    }

    public Uri BaseUrl { get; }

    public Uri BuildUri(string pathAndQuery) => new(BaseUrl.AbsoluteUri + pathAndQuery, UriKind.Absolute);

    /// <summary>Serializes a JSON body once, refusing anything over 5 MB, and returns a factory of fresh contents per attempt.</summary>
    public static Func<HttpContent> JsonBody(DscoOperation operation, object body)
    {
        var bytes = DscoJson.SerializeToUtf8(body);
        if (bytes.Length > MaxRequestBodyBytes)
        {
            throw new ArgumentException(
                $"The body of DSCO {operation.Name} is {bytes.Length:N0} bytes; DSCO accepts at most {MaxRequestBodyBytes:N0} bytes (5 MB). Split it with DscoBatching.",
                nameof(body));
        }

        return () =>
        {
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = JsonMediaType;
            return content;
        };
    }

    /// <summary>Sends with the DSCO bearer token.</summary>
    public Task<T> SendAsync<T>(DscoOperation operation, string pathAndQuery, Func<HttpContent>? content, Func<string, T> read, CancellationToken cancellationToken) =>
        SendCoreAsync(operation, BuildUri(pathAndQuery), content, read, authenticate: true, cancellationToken);

    /// <summary>Sends to an absolute URL, with or without the DSCO bearer token.</summary>
    public Task<T> SendAbsoluteAsync<T>(DscoOperation operation, Uri uri, Func<HttpContent>? content, Func<string, T> read, bool authenticate, CancellationToken cancellationToken) =>
        SendCoreAsync(operation, uri, content, read, authenticate, cancellationToken);

    private async Task<T> SendCoreAsync<T>(DscoOperation operation, Uri uri, Func<HttpContent>? content, Func<string, T> read, bool authenticate, CancellationToken cancellationToken)
    {
        var state = new CallState(operation, cancellationToken);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(StateKey, state);
        HttpResponseMessage? response = null;
        Exception? failure = null;
        try
        {
            response = await _retry.ExecuteAsync(
                static (ctx, args) => args.Self.AttemptAsync(ctx, args.State, args.Uri, args.Content, args.Authenticate),
                context,
                (Self: this, State: state, Uri: uri, Content: content, Authenticate: authenticate)).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (DscoApiException)
        {
            throw;
        }
#pragma warning disable CA1031 // Every other failure is mapped to a DscoApiException below.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            failure = ex;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }

        if (failure is not null)
        {
            throw MapFailure(state, failure);
        }

        using (response)
        {
            var body = response!.Content is null ? string.Empty : await ReadBodyAsync(response.Content).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw FromResponse(state, response.StatusCode, body);
            }

            try
            {
                return read(body);
            }
            catch (JsonException ex)
            {
                throw new DscoApiException(
                    $"DSCO {operation.Name} answered {(int)response.StatusCode} with a body that could not be read: {ex.Message}",
                    operation.Name,
                    response.StatusCode,
                    rawBody: DscoApiException.Truncate(body),
                    innerException: ex);
            }
        }
    }

    private async ValueTask<HttpResponseMessage> AttemptAsync(ResilienceContext context, CallState state, Uri uri, Func<HttpContent>? content, bool authenticate)
    {
        state.BeginAttempt();
        var limiter = _options.EnableRateLimiting ? _account.GetLimiter(state.Operation) : null;
        if (limiter is not null)
        {
            var waited = await limiter.AcquireAsync(context.CancellationToken).ConfigureAwait(false);
            if (waited > TimeSpan.Zero && _logger.IsEnabled(LogLevel.Debug))
            {
                _logger.LogDebug("DSCO {Operation} waited {WaitMs} ms for the client-side rate limit", state.Operation.Name, waited.TotalMilliseconds);
            }
        }

        var started = _timeProvider.GetTimestamp();
        try
        {
            var response = await _attemptTimeout.ExecuteAsync(
                static async (ctx, args) =>
                {
                    var request = new HttpRequestMessage(args.State.Operation.Method, args.Uri);
                    request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
                    if (args.Content is not null)
                    {
                        request.Content = args.Content();
                    }

                    args.State.AttachTo(request);
                    var client = args.Authenticate ? args.Self._authenticated : args.Self._anonymous;
                    if (!args.Authenticate)
                    {
                        args.State.MarkSent();
                    }

                    var sent = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, ctx.CancellationToken).ConfigureAwait(false);
                    return sent;
                },
                context,
                (Self: this, State: state, Uri: uri, Content: content, Authenticate: authenticate)).ConfigureAwait(false);

            if (_logger.IsEnabled(LogLevel.Information))
            {
                _logger.LogInformation(
                "DSCO {Operation} -> {Status} (attempt {Attempt}, {ElapsedMs} ms)",
                state.Operation.Name,
                (int)response.StatusCode,
                state.Attempts,
                _timeProvider.GetElapsedTime(started).TotalMilliseconds);
            }

            return response;
        }
        catch (Exception ex) when (ex is not DscoApiException)
        {
            if (_logger.IsEnabled(LogLevel.Information))
            {
                _logger.LogInformation(
                    "DSCO {Operation} -> {Failure} (attempt {Attempt}, {ElapsedMs} ms)",
                    state.Operation.Name,
                    ex.GetType().Name,
                    state.Attempts,
                    _timeProvider.GetElapsedTime(started).TotalMilliseconds);
            }

            throw;
        }
    }

    private bool ShouldRetry(Outcome<HttpResponseMessage> outcome, CallState state)
    {
        var idempotent = state.Operation.RetryMode == DscoRetryMode.Idempotent;
        if (outcome.Exception is { } exception)
        {
            if (state.CallerToken.IsCancellationRequested || exception is DscoApiException || !IsTransient(exception))
            {
                return false;
            }

            // A create is re-sent only when it certainly never left: no token yet, or the connection was refused.
            var safe = idempotent || !state.LastAttemptSent || IsConnectFailure(exception);
            return safe && TakeTransientRetry(state);
        }

        var status = (int)outcome.Result!.StatusCode;
        if (status == 401)
        {
            // Renew once, and only when the token that failed was dropped from the cache (auth handler).
            if (state.LastAttemptTokenRejected && state.TokenRenewals == 0)
            {
                state.TokenRenewals++;
                return true;
            }

            return false;
        }

        if (status == 429)
        {
            return TakeTransientRetry(state);
        }

        return status is 408 or 500 or 502 or 503 or 504 && idempotent && TakeTransientRetry(state);
    }

    private bool TakeTransientRetry(CallState state)
    {
        if (state.TransientRetries >= _options.MaxRetryAttempts)
        {
            return false;
        }

        state.TransientRetries++;
        return true;
    }

    private TimeSpan? DelayFor(Outcome<HttpResponseMessage> outcome)
    {
        var response = outcome.Result;
        if (response is null)
        {
            return null;
        }

        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            return TimeSpan.Zero;
        }

        var retryAfter = response.Headers.RetryAfter;
        TimeSpan? delay = null;
        if (retryAfter?.Delta is { } delta)
        {
            delay = delta;
        }
        else if (retryAfter?.Date is { } date)
        {
            delay = date - _timeProvider.GetUtcNow();
        }

        if (delay is null)
        {
            return null;
        }

        if (delay < TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }

        return delay > _options.MaxRetryDelay ? _options.MaxRetryDelay : delay;
    }

    private static bool IsTransient(Exception exception) =>
        exception is HttpRequestException or TimeoutRejectedException or OperationCanceledException or IOException;

    /// <summary>True when the connection was never established, so DSCO cannot have seen the request.</summary>
    internal static bool IsConnectFailure(Exception exception)
    {
        if (exception is TokenEndpointUnavailableException)
        {
            return true;
        }

#if NET8_0_OR_GREATER
        if (exception is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError })
        {
            return true;
        }
#endif
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is SocketException socket
                && socket.SocketErrorCode is SocketError.ConnectionRefused or SocketError.HostNotFound or SocketError.HostUnreachable
                    or SocketError.NetworkUnreachable or SocketError.TryAgain or SocketError.NoData)
            {
                return true;
            }
        }

        return false;
    }

    private DscoApiException MapFailure(CallState state, Exception failure)
    {
        var operation = state.Operation;
        var timedOut = failure is TimeoutRejectedException or OperationCanceledException;
        var what = timedOut
            ? $"no answer within {_options.AttemptTimeout.TotalSeconds:0.#} s"
            : $"{failure.GetType().Name}: {failure.Message}";
        if (operation.RetryMode == DscoRetryMode.NonIdempotentCreate && state.LastAttemptSent && !IsConnectFailure(failure))
        {
            return new DscoOutcomeUnknownException(
                $"DSCO {operation.Name} may or may not have been applied ({what}); it was not re-sent. Check DSCO before retrying.",
                operation.Name,
                innerException: failure);
        }

        return new DscoApiException(
            $"DSCO {operation.Name} failed after {state.Attempts} attempt(s): {what}",
            operation.Name,
            innerException: failure);
    }

    /// <summary>Builds the exception for an error response: the one place DSCO error bodies are read.</summary>
    internal static DscoApiException FromResponse(CallState state, HttpStatusCode status, string body)
    {
        var operation = state.Operation;
        var (messages, requestId) = ReadErrorBody(body);
        var raw = DscoApiException.Truncate(body);
        var code = (int)status;
        if (operation.RetryMode == DscoRetryMode.NonIdempotentCreate && code is 408 or 500 or 502 or 503 or 504)
        {
            var text = DscoApiException.Describe(operation.Name, status, messages, requestId, raw, "outcome unknown, not re-sent; check DSCO before retrying");
            return new DscoOutcomeUnknownException(text, operation.Name, status, raw);
        }

        var reason = code switch
        {
            401 => "unauthorized: check the DSCO token or client credentials",
            403 => "forbidden: the account may not use this API",
            404 => "not found",
            429 => $"rate limited after {state.Attempts} attempt(s)",
            _ when code >= 500 => $"server error after {state.Attempts} attempt(s)",
            _ => null,
        };
        return new DscoApiException(DscoApiException.Describe(operation.Name, status, messages, requestId, raw, reason), operation.Name, status, messages, requestId, raw);
    }

    private static (IReadOnlyList<ApiResponseMessage> Messages, string? RequestId) ReadErrorBody(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return (Array.Empty<ApiResponseMessage>(), null);
        }

        try
        {
            var token = JToken.Parse(body);
            if (token is JObject json)
            {
                var messages = json["messages"] is JArray array
                    ? array.ToObject<List<ApiResponseMessage>>(DscoJson.Serializer) ?? new List<ApiResponseMessage>()
                    : new List<ApiResponseMessage>();
                if (messages.Count == 0 && json["message"] is JValue { Type: JTokenType.String } single)
                {
                    messages.Add(new ApiResponseMessage { Code = (string?)json["code"] ?? "message", Severity = "error", Description = single });
                }

                return (messages, (string?)json["requestId"]);
            }

            if (token is JArray list)
            {
                return (list.ToObject<List<ApiResponseMessage>>(DscoJson.Serializer) ?? new List<ApiResponseMessage>(), null);
            }
        }
        catch (JsonException)
        {
            // Not JSON: the raw body is kept on the exception.
        }

        return (Array.Empty<ApiResponseMessage>(), null);
    }

    internal static async Task<string> ReadBodyAsync(HttpContent content)
    {
        return await content.ReadAsStringAsync().ConfigureAwait(false);
    }

    private static string Describe(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is { } ex ? ex.GetType().Name : ((int)outcome.Result!.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public void Dispose()
    {
        _authenticated.Dispose();
        _anonymous.Dispose();
    }
}
