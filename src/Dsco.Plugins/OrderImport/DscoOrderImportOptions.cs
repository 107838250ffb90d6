using System;

namespace Dsco.Plugins.OrderImport;

/// <summary>Tuning of the DSCO order import that is not a company setting.</summary>
public sealed class DscoOrderImportOptions
{
    /// <summary>
    /// Legacy (token) accounts: how far back <c>GET /order/page</c> looks for orders still waiting to be
    /// imported. Default 30 days; an order left unimported for longer is no longer fetched.
    /// </summary>
    public TimeSpan LegacyLookback { get; set; } = TimeSpan.FromDays(30);

    /// <summary>
    /// Legacy accounts: how far in the past the search's <c>until</c> lies. DSCO refuses less than 5 seconds;
    /// default 10 seconds, which leaves room for clock skew.
    /// </summary>
    public TimeSpan LegacyUntilLag { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>A guard against a DSCO that never returns an empty page: the most pages one run reads per source.</summary>
    public int MaxPagesPerRun { get; set; } = 5000;

    internal void Validate()
    {
        if (LegacyLookback <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(LegacyLookback), LegacyLookback, "Expected a positive lookback.");
        }

        if (LegacyUntilLag < TimeSpan.FromSeconds(5))
        {
            throw new ArgumentOutOfRangeException(nameof(LegacyUntilLag), LegacyUntilLag, "DSCO needs until at least 5 seconds in the past.");
        }

        if (MaxPagesPerRun < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxPagesPerRun), MaxPagesPerRun, "Expected at least 1.");
        }
    }
}
