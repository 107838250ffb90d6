using System;
using Dsco.Simulator;
using Microsoft.AspNetCore.Builder;

// Standalone: dotnet run --project samples/Dsco.Simulator -- --urls http://127.0.0.1:5080
// Same app as DscoSimulator.StartAsync, seeded with the demo supplier's data, on the system clock.
// Optional knobs (command line or environment, see README): --Simulator:AsyncProcessingDelaySeconds=10 …
var builder = WebApplication.CreateSlimBuilder(args);
var options = new SimulatorOptions { SeedDemoData = true };
try
{
    StandaloneKnobs.Apply(builder.Configuration.GetSection("Simulator"), options);
}
catch (FormatException ex)
{
    await Console.Error.WriteLineAsync("error: " + ex.Message);
    return 2;
}

var app = DscoSimulator.Build(builder, options, out _);
await app.RunAsync();
return 0;
