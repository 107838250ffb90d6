using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Dsco.Plugins.Api;
using Dsco.Plugins.Api.Internal;
using Microsoft.Extensions.Time.Testing;
using RichardSzalay.MockHttp;

namespace Dsco.Plugins.Tests.Api;

/// <summary>Client-side sliding windows at the spec's limits, driven by FakeTimeProvider.</summary>
public sealed class RateLimiterTests : IDisposable
{
    private const string Base = ApiTestHarness.Base;
    private static readonly OrderPageRequest Page = new() { ScrollId = "S" };
    private readonly ApiTestHarness _h = new();

    public RateLimiterTests()
    {
        _h.Http.When(HttpMethod.Get, Base + "/order/page").Respond(async request =>
        {
            await _h.RecordAsync(request);
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{\"orders\":[]}", Encoding.UTF8, "application/json") };
        });
    }

    public void Dispose() => _h.Dispose();

    [Fact]
    public async Task GetPageAsync_EleventhCallInOneSecond_WaitsUntilWindowFrees()
    {
        using var client = _h.Client();
        for (var i = 0; i < 10; i++)
        {
            await client.Orders.GetPageAsync(Page);
        }

        var eleventh = client.Orders.GetPageAsync(Page);
        await _h.WaitForTimerAsync(TimeSpan.FromSeconds(1)); // the limiter is waiting for the window to free
        await ApiTestHarness.SettleAsync();
        Assert.False(eleventh.IsCompleted);
        Assert.Equal(10, _h.Requests.Count);

        _h.Time.Advance(TimeSpan.FromMilliseconds(999));
        await ApiTestHarness.SettleAsync();
        Assert.False(eleventh.IsCompleted);

        _h.Time.Advance(TimeSpan.FromMilliseconds(1));
        await ApiTestHarness.FinishAsync(eleventh);

        var last = _h.Requests.Last();
        Assert.Equal(ApiTestHarness.Start.AddSeconds(1), last.At);
    }

    [Fact]
    public async Task OrderPageLimits_501stRequestInOneMinute_WaitsForMinuteWindow()
    {
        // Driven directly: an unblocked acquire completes synchronously; for a blocked one, time jumps exactly to the
        // moment the limiter said a slot frees up, so every recorded time is exact.
        var time = new FakeTimeProvider(ApiTestHarness.Start);
        var limiter = new SlidingWindowRateLimiter(DscoOperation.GetOrderPage.RateLimits, time);
        var sent = new List<TimeSpan>();
        for (var i = 0; i < 501; i++)
        {
            var wait = limiter.TimeUntilNextPermit();
            var acquire = limiter.AcquireAsync(default).AsTask();
            if (wait > TimeSpan.Zero)
            {
                Assert.False(acquire.IsCompleted);
                time.Advance(wait);
            }

            await ApiTestHarness.FinishAsync(acquire);
            sent.Add(time.GetUtcNow() - ApiTestHarness.Start);
            time.Advance(TimeSpan.FromMilliseconds(100)); // a caller issuing ten requests a second
        }

        Assert.Equal(TimeSpan.FromSeconds(49.9), sent[499]);
        Assert.Equal(TimeSpan.FromSeconds(60), sent[500]);
        for (var i = 10; i < sent.Count; i++)
        {
            Assert.True(sent[i] - sent[i - 10] >= TimeSpan.FromSeconds(1), $"requests {i - 10} and {i} are {sent[i] - sent[i - 10]} apart");
        }
    }

    [Fact]
    public async Task Limits_AreSharedByClientsOfTheSameAccount_NotAcrossAccounts()
    {
        using var first = _h.Client();
        using var second = _h.Client();
        using var otherAccount = _h.Client(DscoCredentials.StaticToken("another-account-token"));
        for (var i = 0; i < 10; i++)
        {
            await first.Orders.GetPageAsync(Page);
        }

        var sameAccount = second.Orders.GetPageAsync(Page);
        var different = otherAccount.Orders.GetPageAsync(Page);
        await ApiTestHarness.FinishAsync(different);
        await ApiTestHarness.SettleAsync();

        Assert.False(sameAccount.IsCompleted);
        _h.Time.Advance(TimeSpan.FromSeconds(1));
        await ApiTestHarness.FinishAsync(sameAccount);
    }

    [Fact]
    public async Task EnableRateLimitingFalse_DoesNotWait()
    {
        using var client = _h.Client(configure: o => o.EnableRateLimiting = false);
        for (var i = 0; i < 25; i++)
        {
            await client.Orders.GetPageAsync(Page);
        }

        Assert.All(_h.Requests, r => Assert.Equal(ApiTestHarness.Start, r.At));
    }

    [Fact]
    public void Catalog_HasTheSpecLimits()
    {
        static IEnumerable<(int, double)> Of(DscoOperation op) => op.RateLimits.Select(l => (l.Permits, l.Window.TotalSeconds));

        Assert.Equal(new[] { (10, 1.0), (500, 60.0) }, Of(DscoOperation.GetOrderPage));
        Assert.Equal(new[] { (10, 1.0), (500, 60.0) }, Of(DscoOperation.GetOrderById));
        Assert.Equal(new[] { (15, 1.0), (1000, 60.0) }, Of(DscoOperation.AcknowledgeOrders));
        Assert.Equal(new[] { (15, 1.0), (300, 60.0) }, Of(DscoOperation.CreateSingleShipment));
        Assert.Equal(new[] { (15, 1.0), (1000, 60.0) }, Of(DscoOperation.GetInvoice));
        Assert.Equal(new[] { (15, 1.0), (1000, 60.0) }, Of(DscoOperation.CreateInvoice));
        Assert.Equal(new[] { (5, 1.0), (300, 60.0) }, Of(DscoOperation.UpdateInventorySingleItem));
        Assert.Equal(new[] { (15, 1.0), (300, 60.0) }, Of(DscoOperation.GetInventory));
        Assert.Empty(DscoOperation.UpdateInventorySmallBatch.RateLimits);
        Assert.Equal(DscoRetryMode.NonIdempotentCreate, DscoOperation.CreateSingleShipment.RetryMode);
        Assert.Equal(DscoRetryMode.NonIdempotentCreate, DscoOperation.CreateInvoice.RetryMode);
        Assert.Equal(DscoRetryMode.NonIdempotentCreate, DscoOperation.CreateStream.RetryMode);
        Assert.Equal(DscoRetryMode.NonIdempotentCreate, DscoOperation.CreateShipmentSmallBatch.RetryMode);
        Assert.Equal(DscoRetryMode.NonIdempotentCreate, DscoOperation.CreateInvoiceSmallBatch.RetryMode);
        Assert.Equal(DscoRetryMode.Idempotent, DscoOperation.AcknowledgeOrders.RetryMode);
        Assert.Equal(DscoRetryMode.Idempotent, DscoOperation.UpdateStreamPosition.RetryMode);
        Assert.Equal(DscoRetryMode.Idempotent, DscoOperation.UpdateInventorySmallBatch.RetryMode);
    }

    [Fact]
    public async Task SlidingWindowRateLimiter_FiveInOneSecond_SixthWaitsForOldestToLeave()
    {
        var time = new FakeTimeProvider(ApiTestHarness.Start);
        var limiter = new SlidingWindowRateLimiter(new[] { new DscoRateLimit(5, TimeSpan.FromSeconds(1)) }, time);
        for (var i = 0; i < 3; i++)
        {
            await limiter.AcquireAsync(default);
        }

        time.Advance(TimeSpan.FromMilliseconds(400));
        await limiter.AcquireAsync(default);
        await limiter.AcquireAsync(default);

        var sixth = limiter.AcquireAsync(default).AsTask();
        time.Advance(TimeSpan.FromMilliseconds(599));
        await ApiTestHarness.SettleAsync();
        Assert.False(sixth.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(TimeSpan.FromMilliseconds(600), await sixth);
    }
}
