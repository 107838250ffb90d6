using System;
using System.Threading;
using Dsco.Plugins.Sample;
using Microsoft.Extensions.Logging;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl+C asks the running task to stop (committed work stays committed); a second one ends the process.
    if (!cancellation.IsCancellationRequested)
    {
        e.Cancel = true;
        cancellation.Cancel();
    }
};

using var loggerFactory = LoggerFactory.Create(builder => builder
    .SetMinimumLevel(LogLevel.Information)
    .AddSimpleConsole(o =>
    {
        o.SingleLine = true;
        o.TimestampFormat = "HH:mm:ss ";
    }));

return await SampleApp.RunAsync(
    args,
    new SampleEnvironment { Output = Console.Out, Error = Console.Error, LoggerFactory = loggerFactory },
    cancellation.Token);
