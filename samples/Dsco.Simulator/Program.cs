using Dsco.Simulator;
using Microsoft.AspNetCore.Builder;

// Standalone: dotnet run --project samples/Dsco.Simulator -- --urls http://127.0.0.1:5080
// Same app as DscoSimulator.StartAsync, seeded with the demo supplier's data, on the system clock.
var builder = WebApplication.CreateSlimBuilder(args);
var app = DscoSimulator.Build(builder, new SimulatorOptions { SeedDemoData = true }, out _);
await app.RunAsync();
