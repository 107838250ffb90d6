using System;
using Microsoft.Extensions.Logging;

namespace Dsco.Plugins.Sample.Tasks;

/// <summary>The logger handed to plugins: formats each message, removes secret values, then logs it.</summary>
internal sealed class RedactingLogger : ILogger
{
    private readonly ILogger _inner;
    private readonly SecretRedactor _redactor;

    public RedactingLogger(ILogger inner, SecretRedactor redactor)
    {
        _inner = inner ?? throw new ArgumentNullException(nameof(inner));
        _redactor = redactor ?? throw new ArgumentNullException(nameof(redactor));
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => _inner.BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => _inner.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        if (!IsEnabled(logLevel))
        {
            return;
        }

        var message = _redactor.Redact(formatter(state, exception)) ?? string.Empty;
        if (exception is not null)
        {
            // The exception is logged as redacted text, not as an object the console would print verbatim.
            message += Environment.NewLine + _redactor.Redact(exception.ToString());
        }

        _inner.Log(logLevel, eventId, message, null, static (text, _) => text);
    }
}
