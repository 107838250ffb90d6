using System;
using System.Globalization;
using Dsco.Simulator;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

// Standalone: dotnet run --project samples/Dsco.Simulator -- --urls http://127.0.0.1:5080
// Same app as DscoSimulator.StartAsync, seeded with the demo supplier's data, on the system clock.
// Optional knobs (command line or environment, see README): --Simulator:AsyncProcessingDelaySeconds=10 …
var builder = WebApplication.CreateSlimBuilder(args);
var settings = builder.Configuration.GetSection("Simulator");
var options = new SimulatorOptions { SeedDemoData = true };
if (Seconds(settings["TokenLifetimeSeconds"]) is { } lifetime)
{
    options.TokenLifetime = lifetime;
}

if (Seconds(settings["AsyncProcessingDelaySeconds"]) is { } delay)
{
    options.AsyncProcessingDelay = delay;
}

if (bool.TryParse(settings["EnforceRateLimits"], out var limits))
{
    options.EnforceRateLimits = limits;
}

if (double.TryParse(settings["ErrorRate"], NumberStyles.Float, CultureInfo.InvariantCulture, out var errorRate))
{
    options.Faults.ErrorRate = errorRate;
}

if (Seconds(settings["LatencySeconds"]) is { } latency)
{
    options.Faults.Latency = latency;
}

var app = DscoSimulator.Build(builder, options, out _);
await app.RunAsync();

static TimeSpan? Seconds(string? text) =>
    double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0 ? TimeSpan.FromSeconds(value) : null;
