using System;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Dsco.Plugins.Sample;
using Microsoft.Extensions.Logging;

using var cancellation = new CancellationTokenSource();

// Ctrl+C (SIGINT) or a service manager's SIGTERM asks the running task to stop; committed work stays committed.
// The token is cancelled off the signal thread: shutting the embedded simulator down from inside the signal
// handler would wait on that very handler.
void Stop(PosixSignalContext context)
{
    if (!cancellation.IsCancellationRequested)
    {
        context.Cancel = true;
        _ = Task.Run(cancellation.Cancel);
    }
}

using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

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
