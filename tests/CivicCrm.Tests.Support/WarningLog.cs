using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CivicCrm.Tests.Support;

/// <summary>Collects every warning and error the site logs; a test class fails if any was logged.</summary>
public sealed class WarningLog : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _entries = new();

    public IReadOnlyCollection<string> Entries => _entries;

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var message = formatter(state, exception);
            // The in-memory test server has no request body size feature; Kestrel, which the product runs on, has.
            if (IsEnabled(logLevel) && !message.StartsWith("A request body size limit could not be applied.", StringComparison.Ordinal))
            {
                entries.Enqueue($"{logLevel} {category}: {message} {exception}");
            }
        }
    }
}
