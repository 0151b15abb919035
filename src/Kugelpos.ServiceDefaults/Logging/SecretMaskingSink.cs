using Serilog.Core;
using Serilog.Events;

namespace Kugelpos.ServiceDefaults.Logging;

/// <summary>
/// Sits in front of a sink so that it only ever receives masked events, whatever enrichers,
/// framework loggers or careless calls put into them.
/// </summary>
internal sealed class SecretMaskingSink : ILogEventSink, IDisposable
{
    private readonly ILogEventSink _inner;
    private readonly bool _ownsInner;

    public SecretMaskingSink(ILogEventSink inner, bool ownsInner)
    {
        _inner = inner;
        _ownsInner = ownsInner;
    }

    public void Emit(LogEvent logEvent) => _inner.Emit(LogEventMasking.Mask(logEvent));

    public void Dispose()
    {
        // Sinks that came from the DI container are the container's to dispose.
        if (_ownsInner && _inner is IDisposable disposable)
        {
            disposable.Dispose();
        }
    }
}
