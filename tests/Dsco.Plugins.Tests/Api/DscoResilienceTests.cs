using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using Dsco.Plugins.Api;
using Dsco.Plugins.Api.Models;

namespace Dsco.Plugins.Tests.Api;

/// <summary>Retries, Retry-After, backoff, timeouts, cancellation, and the no-blind-resend rule for creates.</summary>
public sealed class DscoResilienceTests : IDisposable
{
    private const string Base = ApiTestHarness.Base;
    private static readonly OrderPageRequest Page = new() { ScrollId = "S" };
    private readonly ApiTestHarness _h = new();

    public void Dispose() => _h.Dispose();

    private static void RetryAfter(HttpResponseMessage response, int seconds) =>
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(seconds));

    [Fact]
    public async Task GetPageAsync_429WithRetryAfter_WaitsThenRetries()
    {
        _h.Expect(HttpMethod.Get, Base + "/order/page", (HttpStatusCode)429, "{}", r => RetryAfter(r, 2));
        _h.Expect(HttpMethod.Get, Base + "/order/page", HttpStatusCode.OK, "{\"orders\":[{\"poNumber\":\"A\"}]}");
        using var client = _h.Client();

        var call = client.Orders.GetPageAsync(Page);
        await _h.WaitForTimerAsync(TimeSpan.FromSeconds(2)); // the retry is now waiting on fake time
        Assert.Single(_h.Requests);

        _h.Time.Advance(TimeSpan.FromMilliseconds(1999));
        await ApiTestHarness.SettleAsync();
        Assert.Single(_h.Requests); // not before the 2 s DSCO asked for

        _h.Time.Advance(TimeSpan.FromMilliseconds(1));
        var page = await ApiTestHarness.FinishAsync(call);

        Assert.Equal("A", Assert.Single(page.Orders).PoNumber);
        var sent = _h.Requests.ToList();
        Assert.Equal(2, sent.Count);
        Assert.Equal(TimeSpan.FromSeconds(2), sent[1].At - sent[0].At);
    }

    [Fact]
    public async Task GetPageAsync_429WithRetryAfterDate_WaitsUntilThatTime()
    {
        _h.Expect(HttpMethod.Get, Base + "/order/page", (HttpStatusCode)429, "{}",
            r => r.Headers.RetryAfter = new RetryConditionHeaderValue(ApiTestHarness.Start.AddSeconds(5)));
        _h.Expect(HttpMethod.Get, Base + "/order/page", HttpStatusCode.OK, "{\"orders\":[]}");
        using var client = _h.Client();

        var call = client.Orders.GetPageAsync(Page);
        await _h.WaitForTimerAsync(TimeSpan.FromSeconds(5));
        _h.Time.Advance(TimeSpan.FromSeconds(5));
        await ApiTestHarness.FinishAsync(call);

        var sent = _h.Requests.ToList();
        Assert.Equal(2, sent.Count);
        Assert.Equal(TimeSpan.FromSeconds(5), sent[1].At - ApiTestHarness.Start);
    }

    [Fact]
    public async Task GetPageAsync_503_RetriedWithBackoffThenGivesUpWithDscoApiException()
    {
        for (var i = 0; i < 4; i++)
        {
            _h.Expect(HttpMethod.Get, Base + "/order/page", HttpStatusCode.ServiceUnavailable, "upstream unavailable");
        }

        using var client = _h.Client(configure: o => o.MaxRetryAttempts = 3);

        // Each retry delay is waited for and stepped over exactly, so the recorded gaps are the client's own delays
        // (the 10-minute per-attempt timeouts are skipped, never fired).
        var mark = _h.Time.TimerCount;
        var call = client.Orders.GetPageAsync(Page);
        var delays = new List<TimeSpan>();
        for (var retry = 0; retry < 3; retry++)
        {
            (var delay, mark) = await _h.Time.WaitForTimerAfterAsync(mark, TimeSpan.FromMinutes(10));
            delays.Add(delay);
            _h.Time.Advance(delay);
        }

        var ex = await Assert.ThrowsAsync<DscoApiException>(() => ApiTestHarness.FinishAsync(call));

        Assert.IsNotType<DscoOutcomeUnknownException>(ex);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ex.StatusCode);
        Assert.Contains("DSCO GET /order/page failed with 503", ex.Message, StringComparison.Ordinal);
        Assert.Contains("upstream unavailable", ex.Message, StringComparison.Ordinal);
        var sent = _h.Requests.ToList();
        Assert.Equal(4, sent.Count); // 1 + MaxRetryAttempts
        var gaps = sent.Zip(sent.Skip(1), (a, b) => b.At - a.At).ToList();
        Assert.Equal(delays, gaps);
        Assert.All(gaps, g => Assert.True(g >= TimeSpan.FromMilliseconds(500), $"gap {g}"));
        Assert.True(gaps[1] > gaps[0] && gaps[2] > gaps[1], $"backoff should grow: {string.Join(", ", gaps)}");
        _h.Http.VerifyNoOutstandingExpectation();
    }

    [Fact]
    public async Task GetPageAsync_AttemptTimeout_IsRetried()
    {
        _h.ExpectHang(HttpMethod.Get, Base + "/order/page");
        _h.Expect(HttpMethod.Get, Base + "/order/page", HttpStatusCode.OK, "{\"orders\":[]}");
        using var client = _h.Client(configure: o => o.AttemptTimeout = TimeSpan.FromSeconds(10));

        var mark = _h.Time.TimerCount;
        var call = client.Orders.GetPageAsync(Page);
        (var timeout, mark) = await _h.Time.WaitForTimerAfterAsync(mark, TimeSpan.MaxValue);
        Assert.Equal(TimeSpan.FromSeconds(10), timeout); // the first attempt's timeout is armed
        await WaitForRequestsAsync(1);
        _h.Time.Advance(timeout); // the hanging attempt times out
        (var delay, _) = await _h.Time.WaitForTimerAfterAsync(mark, TimeSpan.FromSeconds(10));
        _h.Time.Advance(delay);
        var page = await ApiTestHarness.FinishAsync(call);

        Assert.Empty(page.Orders);
        var sent = _h.Requests.ToList();
        Assert.Equal(2, sent.Count);
        Assert.Equal(TimeSpan.FromSeconds(10) + delay, sent[1].At - sent[0].At);
    }

    private async Task WaitForRequestsAsync(int count)
    {
        var deadline = Environment.TickCount64 + 30_000;
        while (_h.Requests.Count < count)
        {
            Assert.True(Environment.TickCount64 < deadline, $"only {_h.Requests.Count} of {count} requests were sent");
            await Task.Yield();
        }
    }

    [Fact]
    public async Task GetPageAsync_TimeoutsExhausted_ThrowsDscoApiExceptionWithoutStatus()
    {
        _h.ExpectHang(HttpMethod.Get, Base + "/order/page");
        _h.ExpectHang(HttpMethod.Get, Base + "/order/page");
        using var client = _h.Client(configure: o =>
        {
            o.AttemptTimeout = TimeSpan.FromSeconds(5);
            o.MaxRetryAttempts = 1;
        });

        var ex = await Assert.ThrowsAsync<DscoApiException>(() => _h.RunAsync(client.Orders.GetPageAsync(Page), TimeSpan.FromMilliseconds(500)));

        Assert.Null(ex.StatusCode);
        Assert.Contains("no answer within 5 s", ex.Message, StringComparison.Ordinal);
        Assert.Equal(2, _h.Requests.Count);
    }

    [Fact]
    public async Task GetPageAsync_CallerCancellation_PropagatesAsOperationCanceled()
    {
        _h.ExpectHang(HttpMethod.Get, Base + "/order/page");
        using var client = _h.Client();
        using var cts = new CancellationTokenSource();

        var call = client.Orders.GetPageAsync(Page, cts.Token);
        await ApiTestHarness.SettleAsync();
        cts.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Single(_h.Requests);
    }

    [Fact]
    public async Task CreateSingleAsync_TimeoutAfterSend_ThrowsOutcomeUnknownAndDoesNotResend()
    {
        _h.ExpectHang(HttpMethod.Post, Base + "/order/singleShipment");
        _h.Expect(HttpMethod.Post, Base + "/order/singleShipment", HttpStatusCode.Created, "{\"success\":true}");
        using var client = _h.Client(configure: o => o.AttemptTimeout = TimeSpan.FromSeconds(10));

        var ex = await Assert.ThrowsAsync<DscoOutcomeUnknownException>(
            () => _h.RunAsync(client.Shipments.CreateSingleAsync(ShipmentSamples.One()), TimeSpan.FromSeconds(1)));

        Assert.Equal("POST /order/singleShipment", ex.Operation);
        Assert.Contains("not re-sent", ex.Message, StringComparison.Ordinal);
        Assert.Single(_h.Requests);
        // Even with plenty of time afterwards nothing else is sent.
        _h.Time.Advance(TimeSpan.FromMinutes(5));
        await ApiTestHarness.SettleAsync();
        Assert.Single(_h.Requests);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    [InlineData(HttpStatusCode.RequestTimeout)]
    public async Task CreateAsync_Invoice5xxOr408_ThrowsOutcomeUnknownAndDoesNotResend(HttpStatusCode status)
    {
        _h.Expect(HttpMethod.Post, Base + "/invoice", status, "{\"messages\":[{\"code\":\"INTERNAL\",\"severity\":\"error\"}]}");
        using var client = _h.Client();

        var ex = await Assert.ThrowsAsync<DscoOutcomeUnknownException>(() => _h.RunAsync(client.Invoices.CreateAsync(
            new Invoice { InvoiceId = "INV-1", PoNumber = "PO-1", TotalAmount = 1m })));

        Assert.Equal(status, ex.StatusCode);
        Assert.Single(_h.Requests);
    }

    [Fact]
    public async Task CreateSingleAsync_429_IsRetriedBecauseNothingWasApplied()
    {
        _h.Expect(HttpMethod.Post, Base + "/order/singleShipment", (HttpStatusCode)429, "{}", r => RetryAfter(r, 1));
        _h.Expect(HttpMethod.Post, Base + "/order/singleShipment", HttpStatusCode.Created, "{\"success\":true}");
        using var client = _h.Client();

        var result = await _h.RunAsync(client.Shipments.CreateSingleAsync(ShipmentSamples.One()));

        Assert.True(result.Success);
        var sent = _h.Sent("/order/singleShipment");
        Assert.Equal(2, sent.Count);
        Assert.Equal(sent[0].Body, sent[1].Body);
    }

    [Fact]
    public async Task CreateSingleAsync_ConnectionRefused_IsRetried()
    {
        _h.ExpectConnectionRefused(HttpMethod.Post, Base + "/order/singleShipment");
        _h.Expect(HttpMethod.Post, Base + "/order/singleShipment", HttpStatusCode.Created, "{\"success\":true}");
        using var client = _h.Client();

        await _h.RunAsync(client.Shipments.CreateSingleAsync(ShipmentSamples.One()));

        Assert.Equal(2, _h.Sent("/order/singleShipment").Count);
    }

    [Fact]
    public async Task CreateSingleAsync_ConnectionResetAfterSend_ThrowsOutcomeUnknown()
    {
        _h.ExpectThrow(HttpMethod.Post, Base + "/order/singleShipment",
            () => new HttpRequestException("The response ended prematurely.", new System.IO.IOException("reset")));
        using var client = _h.Client();

        var ex = await Assert.ThrowsAsync<DscoOutcomeUnknownException>(() => _h.RunAsync(client.Shipments.CreateSingleAsync(ShipmentSamples.One())));

        Assert.Contains("HttpRequestException: The response ended prematurely.", ex.Message, StringComparison.Ordinal);
        Assert.IsType<HttpRequestException>(ex.InnerException);
        Assert.Single(_h.Requests);
    }

    [Fact]
    public async Task UpdatePositionAsync_503_IsRetriedBecauseIdempotent()
    {
        _h.Expect(HttpMethod.Put, Base + "/stream/s/0/e1", HttpStatusCode.ServiceUnavailable);
        _h.Expect(HttpMethod.Put, Base + "/stream/s/0/e1", HttpStatusCode.OK, "{\"status\":\"success\"}");
        using var client = _h.Client();

        var result = await _h.RunAsync(client.Streams.UpdatePositionAsync("s", 0, "e1"));

        Assert.Equal("success", result.Status);
        Assert.Equal(2, _h.Requests.Count);
    }

    [Fact]
    public async Task AcknowledgeAsync_502_IsRetriedBecauseIdempotent()
    {
        _h.Expect(HttpMethod.Post, Base + "/order/acknowledge", HttpStatusCode.BadGateway);
        _h.Expect(HttpMethod.Post, Base + "/order/acknowledge", HttpStatusCode.Accepted, "{\"status\":\"pending\",\"requestId\":\"r\",\"eventDate\":\"2026-03-02T12:00:00Z\"}");
        using var client = _h.Client();

        var result = await _h.RunAsync(client.Orders.AcknowledgeAsync(new[] { new OrderId { Id = "1", Type = OrderIdType.DscoOrderId } }));

        Assert.Equal("r", result.RequestId);
        Assert.Equal(2, _h.Requests.Count);
    }

    [Fact]
    public async Task GetPageAsync_400_NotRetried()
    {
        _h.Expect(HttpMethod.Get, Base + "/order/page", HttpStatusCode.BadRequest, "{\"messages\":[{\"code\":\"BAD_UNTIL\",\"severity\":\"error\",\"description\":\"until must be 5 seconds in the past\"}]}");
        using var client = _h.Client();

        var ex = await Assert.ThrowsAsync<DscoApiException>(() => client.Orders.GetPageAsync(Page));

        Assert.Equal(HttpStatusCode.BadRequest, ex.StatusCode);
        Assert.Single(_h.Requests);
    }
}
