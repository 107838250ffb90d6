using Dsco.Simulator;
using Microsoft.AspNetCore.Builder;

// Standalone: dotnet run --project samples/Dsco.Simulator -- --urls http://127.0.0.1:5080
var builder = WebApplication.CreateSlimBuilder(args);
var app = builder.Build();
DscoSimulator.Map(app);
app.Run();
