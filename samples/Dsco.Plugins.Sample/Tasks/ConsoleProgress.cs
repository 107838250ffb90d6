using System;
using System.IO;
using Sellercloud.Plugins;

namespace Dsco.Plugins.Sample.Tasks;

/// <summary>
/// Prints a plugin's progress reports, at most one a second (plus the last one), synchronously so lines never
/// arrive after the task's summary.
/// </summary>
internal sealed class ConsoleProgress : IProgress<PluginProgress>
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);
    private readonly object _gate = new();
    private readonly TextWriter _output;
    private readonly string _taskKey;
    private readonly TimeProvider _timeProvider;
    private readonly SecretRedactor _redactor;
    private long? _lastPrinted;

    public ConsoleProgress(TextWriter output, string taskKey, TimeProvider timeProvider, SecretRedactor redactor)
    {
        _output = output;
        _taskKey = taskKey;
        _timeProvider = timeProvider;
        _redactor = redactor;
    }

    public void Report(PluginProgress value)
    {
        if (value is null)
        {
            return;
        }

        lock (_gate)
        {
            var now = _timeProvider.GetTimestamp();
            var last = value.Total is int total && value.Processed >= total;
            if (!last && _lastPrinted is long printed && _timeProvider.GetElapsedTime(printed, now) < Interval)
            {
                return;
            }

            _lastPrinted = now;
            var count = value.Total is int t ? $"{value.Processed}/{t}" : value.Processed.ToString(System.Globalization.CultureInfo.InvariantCulture);
            // "handled" because a bare number next to the message ("1 DSCO order 5000001") reads as part of it.
            var message = _redactor.Redact(value.Message);
            _output.WriteLine(string.IsNullOrWhiteSpace(message) ? $"  [{_taskKey}] {count} handled" : $"  [{_taskKey}] {count} handled ({message})");
        }
    }
}
