using System.Collections.Concurrent;
using System.Globalization;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace Kugelpos.Account.Tests.Support;

/// <summary>Keeps every log event as the services write it in containers: rendered JSON with all properties.</summary>
internal sealed class LogCapture : ILogEventSink
{
    private static readonly RenderedCompactJsonFormatter Formatter = new();
    private readonly ConcurrentQueue<string> _lines = new();

    public string Text => string.Join(Environment.NewLine, _lines);

    public void Emit(LogEvent logEvent)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Formatter.Format(logEvent, writer);
        _lines.Enqueue(writer.ToString());
    }
}
