using System;
using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Dsco.Simulator;

/// <summary>
/// The standalone simulator's knobs from configuration (<c>--Simulator:ErrorRate=0.1</c> or the environment).
/// A bad value is refused with a <see cref="FormatException"/> naming the knob, the value and what was expected:
/// a knob that is silently ignored makes a reliability run prove nothing.
/// </summary>
internal static class StandaloneKnobs
{
    public static void Apply(IConfiguration section, SimulatorOptions options)
    {
        if (Seconds(section, "TokenLifetimeSeconds") is { } lifetime)
        {
            options.TokenLifetime = lifetime;
        }

        if (Seconds(section, "AsyncProcessingDelaySeconds") is { } delay)
        {
            options.AsyncProcessingDelay = delay;
        }

        if (section["EnforceRateLimits"] is { } limitsText)
        {
            options.EnforceRateLimits = bool.TryParse(limitsText, out var limits)
                ? limits
                : throw new FormatException($"Simulator:EnforceRateLimits '{limitsText}' is not a boolean; expected true or false.");
        }

        if (section["ErrorRate"] is { } rateText)
        {
            options.Faults.ErrorRate = double.TryParse(rateText, NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) && rate is >= 0 and <= 1
                ? rate
                : throw new FormatException($"Simulator:ErrorRate '{rateText}' is not a fraction; expected a number from 0 to 1, e.g. 0.1.");
        }

        if (Seconds(section, "LatencySeconds") is { } latency)
        {
            options.Faults.Latency = latency;
        }
    }

    private static TimeSpan? Seconds(IConfiguration section, string name)
    {
        var text = section[name];
        if (text is null)
        {
            return null;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? TimeSpan.FromSeconds(value)
            : throw new FormatException($"Simulator:{name} '{text}' is not a number of seconds; expected a number of 0 or more, e.g. 2.5.");
    }
}
