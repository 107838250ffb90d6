using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Dsco.Plugins.Api;
using Dsco.Plugins.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using RichardSzalay.MockHttp;

namespace Dsco.Plugins.Tests.Api;

/// <summary>What went over the wire, captured when the mock answered.</summary>
internal sealed record RecordedRequest(
    string Method,
    string Url,
    IReadOnlyDictionary<string, string> Headers,
    string? ContentType,
    string Body,
    DateTimeOffset At);

/// <summary>A DSCO client over MockHttp and a FakeTimeProvider, with captured logs. No real sleeps anywhere.</summary>
internal sealed class ApiTestHarness : IDisposable
{
    public const string Base = "https://api.dsco.io/api/v3";
    public const string StaticToken = "static-TOKEN-s3cr3t-0001";
    public const string ClientId = "client-id-4711";
    public const string ClientSecret = "client-SECRET-very-private-9999";

    public static readonly DateTimeOffset Start = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    public ApiTestHarness()
    {
        Factory = new DscoApiClientFactory(new SingleHandlerFactory(Http), Time, LoggerFactory)
        {
            Randomizer = () => 0.5,
        };
    }

    public MockHttpMessageHandler Http { get; } = new(BackendDefinitionBehavior.Always);

    public ObservedTimeProvider Time { get; } = new(Start);

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public CapturingLoggerProvider Logs { get; } = new();

    public ILoggerFactory LoggerFactory => _loggerFactory ??= Microsoft.Extensions.Logging.LoggerFactory.Create(b => b.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));

    public DscoApiClientFactory Factory { get; }

    private ILoggerFactory? _loggerFactory;

    public static DscoClientOptions Options(DscoCredentials? credentials = null, Action<DscoClientOptions>? configure = null)
    {
        var options = new DscoClientOptions
        {
            BaseUrl = Base,
            Credentials = credentials ?? DscoCredentials.StaticToken(StaticToken),
            MaxRetryAttempts = 3,
            RetryBaseDelay = TimeSpan.FromSeconds(1),
            // Long enough that stepping fake time on a loaded machine never fires it by accident; timeout tests set their own.
            AttemptTimeout = TimeSpan.FromMinutes(10),
        };
        configure?.Invoke(options);
        return options;
    }

    public DscoApiClient Client(DscoCredentials? credentials = null, Action<DscoClientOptions>? configure = null) =>
        Factory.Create(Options(credentials, configure));

    public DscoApiClient OAuthClient(Action<DscoClientOptions>? configure = null) =>
        Client(DscoCredentials.ClientCredentials(ClientId, ClientSecret), configure);

    /// <summary>Expects one request (in order) and answers it, recording what was sent.</summary>
    public MockedRequest Expect(HttpMethod method, string urlWithoutQuery, HttpStatusCode status, string? json = null, Action<HttpResponseMessage>? configure = null)
    {
        var mocked = Http.Expect(method, urlWithoutQuery);
        mocked.Respond(async request =>
        {
            await RecordAsync(request);
            var response = new HttpResponseMessage(status);
            if (json is not null)
            {
                response.Content = new StringContent(json, Encoding.UTF8, "application/json");
            }

            configure?.Invoke(response);
            return response;
        });
        return mocked;
    }

    /// <summary>Expects one request and never answers it until the attempt is cancelled (a timeout after send).</summary>
    public void ExpectHang(HttpMethod method, string urlWithoutQuery)
    {
        Http.Expect(method, urlWithoutQuery).Respond(new HangingHandler(this));
    }

    /// <summary>Expects one request and fails it as a refused connection (never sent).</summary>
    public void ExpectConnectionRefused(HttpMethod method, string urlWithoutQuery) =>
        ExpectThrow(method, urlWithoutQuery, () => new HttpRequestException(
            "Connection refused", new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.ConnectionRefused)));

    /// <summary>Expects one request, records it, then fails it with the given exception.</summary>
    public void ExpectThrow(HttpMethod method, string urlWithoutQuery, Func<Exception> failure)
    {
        // MockHttp never completes a request whose responder returns a faulted task, so the failure is thrown synchronously.
        Http.Expect(method, urlWithoutQuery).Respond(request =>
        {
            RecordAsync(request).GetAwaiter().GetResult();
            throw failure();
        });
    }

    /// <summary>Answers token requests at the OAuth endpoint with distinct tokens (tok-1, tok-2, …).</summary>
    public void TokenEndpoint(int expiresIn = 3600)
    {
        Http.When(HttpMethod.Post, Base + "/oauth2/token").Respond(async request =>
        {
            await RecordAsync(request);
            var issued = Requests.Count(r => r.Url.EndsWith("/oauth2/token", StringComparison.Ordinal));
            return new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent($"{{\"access_token\":\"tok-{issued}\",\"token_type\":\"Bearer\",\"expires_in\":{expiresIn}}}", Encoding.UTF8, "application/json"),
            };
        });
    }

    public async Task RecordAsync(HttpRequestMessage request)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in request.Headers)
        {
            headers[header.Key] = string.Join(",", header.Value);
        }

        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync();
        if (request.Content is not null)
        {
            foreach (var header in request.Content.Headers)
            {
                headers[header.Key] = string.Join(",", header.Value);
            }
        }

        Requests.Enqueue(new RecordedRequest(
            request.Method.Method,
            request.RequestUri!.AbsoluteUri,
            headers,
            request.Content?.Headers.ContentType?.ToString(),
            body,
            Time.GetUtcNow()));
    }

    public IReadOnlyList<RecordedRequest> Sent(string pathSuffix) =>
        Requests.Where(r => new Uri(r.Url).AbsolutePath.EndsWith(pathSuffix, StringComparison.Ordinal)).ToList();

    /// <summary>Lets pending continuations run (yields until the thread pool is idle) without letting wall-clock time matter.</summary>
    public static async Task SettleAsync()
    {
        for (var i = 0; i < 10_000; i++)
        {
            await Task.Yield();
            if (i >= 20 && ThreadPool.PendingWorkItemCount == 0)
            {
                break;
            }
        }
    }

    /// <summary>Waits (yielding, real-time bounded) until some code has started waiting exactly <paramref name="dueTime"/> of fake time.</summary>
    public async Task WaitForTimerAsync(TimeSpan dueTime)
    {
        var deadline = Environment.TickCount64 + 30_000;
        while (!Time.HasTimer(dueTime))
        {
            if (Environment.TickCount64 > deadline)
            {
                throw new TimeoutException($"No timer of {dueTime} was created.");
            }

            await Task.Yield();
        }
    }

    /// <summary>
    /// Waits for work that needs no more fake time (its timer already fired). The real-time bound only turns a bug
    /// into a failure instead of a hung run; the test never depends on how fast it is.
    /// </summary>
    public static Task<T> FinishAsync<T>(Task<T> task) => task.WaitAsync(TimeSpan.FromSeconds(30));

    /// <inheritdoc cref="FinishAsync{T}(Task{T})"/>
    public static Task FinishAsync(Task task) => task.WaitAsync(TimeSpan.FromSeconds(30));

    /// <summary>Advances fake time in small steps only while the task is still blocked, so times stay exact to a step.</summary>
    public async Task<T> AdvanceWhileBlockedAsync<T>(Task<T> task, TimeSpan step, int maxSteps = 100_000)
    {
        await SettleAsync();
        for (var i = 0; i < maxSteps && !task.IsCompleted; i++)
        {
            Time.Advance(step);
            await SettleAsync();
        }

        return await FinishAsync(task);
    }

    /// <summary>Advances fake time in steps until the task completes (bounded), yielding between steps.</summary>
    public async Task<T> RunAsync<T>(Task<T> task, TimeSpan? step = null, int maxSteps = 5000)
    {
        await RunAsync((Task)task, step, maxSteps);
        return await task;
    }

    public async Task RunAsync(Task task, TimeSpan? step = null, int maxSteps = 5000)
    {
        // Fake time moves at most maxSteps steps; the real-time bound only turns a hang into a failure.
        var advance = step ?? TimeSpan.FromMilliseconds(100);
        var deadline = Environment.TickCount64 + 30_000;
        var steps = 0;
        while (!task.IsCompleted)
        {
            await SettleAsync();
            if (task.IsCompleted)
            {
                break;
            }

            if (Environment.TickCount64 > deadline)
            {
                throw new TimeoutException($"The call did not complete after {steps} fake-time steps of {advance}.");
            }

            if (steps < maxSteps)
            {
                Time.Advance(advance);
                steps++;
            }
        }

        await task;
    }

    public void Dispose()
    {
        _loggerFactory?.Dispose();
        Http.Dispose();
    }

    private sealed class SingleHandlerFactory : IHttpMessageHandlerFactory
    {
        private readonly HttpMessageHandler _handler;

        public SingleHandlerFactory(HttpMessageHandler handler) => _handler = handler;

        public HttpMessageHandler CreateHandler(string name) => _handler;
    }

    private sealed class HangingHandler : HttpMessageHandler
    {
        private readonly ApiTestHarness _harness;

        public HangingHandler(ApiTestHarness harness) => _harness = harness;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            await _harness.RecordAsync(request);
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable");
        }
    }
}

/// <summary>
/// A FakeTimeProvider that remembers, in order, the due times timers were set to (Polly delays, limiter waits, and the
/// per-attempt timeouts, which Polly arms through <see cref="ITimer.Change"/>).
/// </summary>
internal sealed class ObservedTimeProvider : FakeTimeProvider
{
    private readonly ConcurrentQueue<TimeSpan> _dueTimes = new();

    public ObservedTimeProvider(DateTimeOffset start)
        : base(start)
    {
    }

    public bool HasTimer(TimeSpan dueTime) => _dueTimes.Contains(dueTime);

    /// <summary>How many timers have been set so far (a mark for <see cref="WaitForTimerAfterAsync"/>).</summary>
    public int TimerCount => _dueTimes.Count;

    /// <summary>
    /// Waits (yielding, real-time bounded) for the first timer set after the first <paramref name="mark"/> ones whose due
    /// time is shorter than <paramref name="below"/> (so per-attempt timeouts can be skipped). Returns its due time and
    /// the mark to pass next. Advancing exactly by the due time keeps recorded times exact however slow the machine is.
    /// </summary>
    public async Task<(TimeSpan Due, int Next)> WaitForTimerAfterAsync(int mark, TimeSpan below)
    {
        var deadline = Environment.TickCount64 + 30_000;
        while (true)
        {
            var index = mark;
            foreach (var due in _dueTimes.Skip(mark))
            {
                index++;
                if (due < below)
                {
                    return (due, index);
                }
            }

            if (Environment.TickCount64 > deadline)
            {
                throw new TimeoutException($"No timer shorter than {below} was set after timer #{mark}.");
            }

            await Task.Yield();
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        Observe(dueTime);
        return new ObservedTimer(this, base.CreateTimer(callback, state, dueTime, period));
    }

    private void Observe(TimeSpan dueTime)
    {
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            _dueTimes.Enqueue(dueTime);
        }
    }

    private sealed class ObservedTimer : ITimer
    {
        private readonly ObservedTimeProvider _owner;
        private readonly ITimer _inner;

        public ObservedTimer(ObservedTimeProvider owner, ITimer inner)
        {
            _owner = owner;
            _inner = inner;
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            _owner.Observe(dueTime);
            return _inner.Change(dueTime, period);
        }

        public void Dispose() => _inner.Dispose();

        public ValueTask DisposeAsync() => _inner.DisposeAsync();
    }
}

/// <summary>Keeps every log line (formatted message plus exception text) for secret checks.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public string All => string.Join("\n", Lines);

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger : ILogger
    {
        private readonly CapturingLoggerProvider _owner;
        private readonly string _category;

        public Logger(CapturingLoggerProvider owner, string category)
        {
            _owner = owner;
            _category = category;
        }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" ", pairs.Select(p => p.Key + "=" + p.Value)) : string.Empty;
            _owner.Lines.Enqueue($"{logLevel} {_category}: {formatter(state, exception)} {values} {exception}");
        }
    }
}
