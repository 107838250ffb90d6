using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Dsco.Plugins.Api.Internal;

/// <summary>
/// A small sliding-window limiter over a <see cref="TimeProvider"/>: a request may start when, for every window, fewer than
/// the allowed number of requests started in the last window length. Waiters sleep on the time provider, so a
/// FakeTimeProvider drives it in tests. Shared by every client of the same account in the process.
/// </summary>
internal sealed class SlidingWindowRateLimiter
{
    private readonly DscoRateLimit[] _limits;
    private readonly TimeProvider _timeProvider;
    private readonly Queue<long> _starts = new();
    private readonly object _gate = new();
    private readonly long _longestWindowTicks;
    private readonly int _maxPermits;
    private readonly long _origin;

    public SlidingWindowRateLimiter(IReadOnlyList<DscoRateLimit> limits, TimeProvider timeProvider)
    {
        _limits = new DscoRateLimit[limits.Count];
        for (var i = 0; i < limits.Count; i++)
        {
            _limits[i] = limits[i];
            _longestWindowTicks = Math.Max(_longestWindowTicks, limits[i].Window.Ticks);
            _maxPermits = Math.Max(_maxPermits, limits[i].Permits);
        }

        _timeProvider = timeProvider;
        _origin = timeProvider.GetTimestamp();
    }

    /// <summary>Waits until a request may start and records it. Returns how long it waited.</summary>
    public async ValueTask<TimeSpan> AcquireAsync(CancellationToken cancellationToken)
    {
        var waited = TimeSpan.Zero;
        while (true)
        {
            TimeSpan delay;
            lock (_gate)
            {
                var now = NowTicks();
                while (_starts.Count > 0 && now - _starts.Peek() >= _longestWindowTicks)
                {
                    _starts.Dequeue();
                }

                delay = ComputeDelay(now);
                if (delay <= TimeSpan.Zero)
                {
                    _starts.Enqueue(now);
                    while (_starts.Count > _maxPermits)
                    {
                        _starts.Dequeue();
                    }

                    return waited;
                }
            }

#if NET8_0_OR_GREATER
            await Task.Delay(delay, _timeProvider, cancellationToken).ConfigureAwait(false);
#else
            await _timeProvider.Delay(delay, cancellationToken).ConfigureAwait(false);
#endif
            waited += delay;
        }
    }

    /// <summary>How long a request starting now would wait (diagnostics and tests).</summary>
    public TimeSpan TimeUntilNextPermit()
    {
        lock (_gate)
        {
            return ComputeDelay(NowTicks());
        }
    }

    private TimeSpan ComputeDelay(long now)
    {
        if (_starts.Count == 0)
        {
            return TimeSpan.Zero;
        }

        // Newest first is what each window needs: the permits-th newest start decides when a slot frees up.
        var starts = _starts.ToArray();
        long wait = 0;
        foreach (var limit in _limits)
        {
            var windowStart = now - limit.Window.Ticks;
            var inWindow = 0;
            for (var i = starts.Length - 1; i >= 0 && starts[i] > windowStart; i--)
            {
                inWindow++;
            }

            if (inWindow >= limit.Permits)
            {
                var blocking = starts[starts.Length - limit.Permits];
                wait = Math.Max(wait, blocking + limit.Window.Ticks - now);
            }
        }

        // Never wait less than a millisecond: a sub-millisecond timer could fire before the clock moves and spin.
        return wait <= 0 ? TimeSpan.Zero : TimeSpan.FromTicks(Math.Max(wait, TimeSpan.TicksPerMillisecond));
    }

    // Elapsed time since construction: small numbers, so no precision is lost converting timestamps to ticks.
    private long NowTicks() => _timeProvider.GetElapsedTime(_origin).Ticks;
}
