using System;
using System.Collections.Generic;
using System.Linq;

namespace Dsco.Simulator;

/// <summary>When a dropped connection happens relative to the simulator's own work.</summary>
public enum DropTiming
{
    /// <summary>Abort before the request is processed: nothing changed on the DSCO side.</summary>
    BeforeProcessing,

    /// <summary>Process the request fully, then abort instead of answering: the change happened, the client cannot know.</summary>
    AfterProcessing,
}

/// <summary>
/// Fault knobs for reliability tests. Thread-safe and changeable while the simulator runs. Faults apply to
/// <c>/api/v3</c> requests only (not to the <c>/_simulator</c> endpoints). A path filter is the path below
/// <c>/api/v3</c> (e.g. <c>/order/acknowledge</c>) and matches by prefix.
/// </summary>
public sealed class SimulatorFaults
{
    private readonly object _gate = new();
    private readonly List<DropRule> _drops = [];
    private readonly List<ForcedStatus> _forced = [];
    private Random _random;
    private TimeSpan _latency;
    private double _errorRate;

    /// <summary>Creates the knobs; <paramref name="seed"/> makes the error-rate faults repeatable.</summary>
    public SimulatorFaults(int seed = 12345) => _random = new Random(seed);

    /// <summary>Delay added before every request is handled (measured on the simulator's TimeProvider).</summary>
    public TimeSpan Latency
    {
        get { lock (_gate) { return _latency; } }
        set { lock (_gate) { _latency = value; } }
    }

    /// <summary>Share of requests (0..1) answered with a 500, chosen with a seeded random generator.</summary>
    public double ErrorRate
    {
        get { lock (_gate) { return _errorRate; } }
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 0);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 1);
            lock (_gate) { _errorRate = value; }
        }
    }

    /// <summary>Restarts the error-rate random sequence.</summary>
    public void Reseed(int seed)
    {
        lock (_gate) { _random = new Random(seed); }
    }

    /// <summary>Answers the next <paramref name="count"/> requests (optionally only those under <paramref name="path"/>) with 429 and <c>Retry-After</c>.</summary>
    public void Force429(int count, int retryAfterSeconds = 1, string? path = null) => Force(count, 429, retryAfterSeconds, path);

    /// <summary>Answers the next <paramref name="count"/> requests (optionally only under <paramref name="path"/>) with <paramref name="statusCode"/> (e.g. 500, 503).</summary>
    public void ForceStatus(int count, int statusCode, string? path = null) => Force(count, statusCode, null, path);

    /// <summary>Drops the connection of the next <paramref name="count"/> requests (optionally only under <paramref name="path"/>).</summary>
    public void DropConnections(int count, DropTiming timing, string? path = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        lock (_gate) { _drops.Add(new DropRule(Normalise(path), timing) { Remaining = count }); }
    }

    /// <summary>Removes every fault (latency, error rate, forced statuses, drops).</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _latency = TimeSpan.Zero;
            _errorRate = 0;
            _drops.Clear();
            _forced.Clear();
        }
    }

    private void Force(int count, int statusCode, int? retryAfterSeconds, string? path)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        lock (_gate) { _forced.Add(new ForcedStatus(Normalise(path), statusCode, retryAfterSeconds) { Remaining = count }); }
    }

    private static string? Normalise(string? path) =>
        path is null ? null : path.StartsWith("/api/v3", StringComparison.Ordinal) ? path : "/api/v3" + (path.StartsWith('/') ? path : "/" + path);

    internal DropTiming? TakeDrop(string path)
    {
        lock (_gate)
        {
            var rule = _drops.FirstOrDefault(r => r.Path is null || path.StartsWith(r.Path, StringComparison.Ordinal));
            if (rule is null)
            {
                return null;
            }

            if (--rule.Remaining == 0)
            {
                _drops.Remove(rule);
            }

            return rule.Timing;
        }
    }

    internal (int StatusCode, int? RetryAfterSeconds)? TakeForcedStatus(string path)
    {
        lock (_gate)
        {
            var rule = _forced.FirstOrDefault(r => r.Path is null || path.StartsWith(r.Path, StringComparison.Ordinal));
            if (rule is not null)
            {
                if (--rule.Remaining == 0)
                {
                    _forced.Remove(rule);
                }

                return (rule.StatusCode, rule.RetryAfterSeconds);
            }

            if (_errorRate > 0 && _random.NextDouble() < _errorRate)
            {
                return (500, null);
            }

            return null;
        }
    }

    private sealed record DropRule(string? Path, DropTiming Timing)
    {
        public int Remaining { get; set; }
    }

    private sealed record ForcedStatus(string? Path, int StatusCode, int? RetryAfterSeconds)
    {
        public int Remaining { get; set; }
    }
}
