using System.Collections.Concurrent;
using System.Globalization;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace Kugelpos.Testing;

/// <summary>
/// A Serilog sink that keeps every event as the services write it in containers: rendered
/// compact JSON with all properties, so a test sees exactly what an operator would.
/// </summary>
public sealed class LogCapture : ILogEventSink
{
    private static readonly RenderedCompactJsonFormatter Formatter = new();
    private readonly ConcurrentQueue<(LogEvent Event, string Line)> _entries = new();
    private readonly ConcurrentBag<(Func<LogEvent, bool> Match, TaskCompletionSource Signal)> _waiters = [];

    /// <summary>Every event written so far, one JSON line each.</summary>
    public string Text => string.Join(Environment.NewLine, _entries.Select(e => e.Line));

    /// <summary>Every event written so far, as Serilog saw it.</summary>
    public IEnumerable<LogEvent> Events => _entries.Select(e => e.Event);

    /// <inheritdoc />
    public void Emit(LogEvent logEvent)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Formatter.Format(logEvent, writer);
        _entries.Enqueue((logEvent, writer.ToString()));
        foreach (var (match, signal) in _waiters)
        {
            if (match(logEvent))
            {
                signal.TrySetResult();
            }
        }
    }

    /// <summary>
    /// Completes once a matching event has been written. The request log is written as the
    /// pipeline unwinds, which can be just after the client has the response.
    /// </summary>
    /// <param name="match">The event waited for.</param>
    /// <param name="patience">How long before the wait fails, 10 s unless told: longer for what
    /// follows slow real work, such as a publication to a Redis that is gone.</param>
    public Task WaitForAsync(Func<LogEvent, bool> match, TimeSpan? patience = null)
    {
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiters.Add((match, signal));
        if (Events.Any(match))
        {
            signal.TrySetResult();
        }

        // A safety net against a hung test run, not a wait the test relies on.
        return signal.Task.WaitAsync(patience ?? TimeSpan.FromSeconds(10));
    }
}
