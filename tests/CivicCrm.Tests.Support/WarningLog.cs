using Microsoft.Extensions.Logging;

namespace CivicCrm.Tests.Support;

/// <summary>Collects every warning and error the site logs; a test class fails if any was logged.</summary>
public sealed class WarningLog : ILoggerProvider
{
    private readonly List<string> _entries = [];
    private readonly Lock _lock = new();

    public IReadOnlyCollection<string> Entries
    {
        get
        {
            lock (_lock)
            {
                return _entries.ToList();
            }
        }
    }

    /// <summary>Removes and returns the entries a test provoked on purpose, so that only unexpected ones fail the class.</summary>
    public IReadOnlyList<string> Take(Func<string, bool> expected)
    {
        lock (_lock)
        {
            var taken = _entries.Where(expected).ToList();
            _entries.RemoveAll(e => taken.Contains(e));
            return taken;
        }
    }

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

    public void Dispose()
    {
    }

    private void Add(string entry)
    {
        lock (_lock)
        {
            _entries.Add(entry);
        }
    }

    private sealed class Logger(string category, WarningLog log) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var message = formatter(state, exception);
            // The in-memory test server has no request body size feature; Kestrel, which the product runs on, has.
            if (IsEnabled(logLevel) && !message.StartsWith("A request body size limit could not be applied.", StringComparison.Ordinal))
            {
                log.Add($"{logLevel} {category}: {message} {exception}");
            }
        }
    }
}
