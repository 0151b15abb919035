using System.Diagnostics.Metrics;
using Kugelpos.ServiceDefaults.Metrics;

namespace Kugelpos.Dapr;

/// <summary>The instruments of the <see cref="KugelposMeters.Dapr"/> meter.</summary>
internal sealed class DaprMetrics : IDisposable
{
    private readonly Meter _meter;
    private readonly bool _ownsMeter;
    private readonly Counter<long> _calls;
    private readonly UpDownCounter<long> _activeCalls;
    private readonly Histogram<double> _duration;

    /// <param name="meterFactory">Creates the meter when present; otherwise the meter is owned here.</param>
    /// <param name="breakerStates">Reads every breaker's state when the gauge is observed.</param>
    public DaprMetrics(IMeterFactory? meterFactory, Func<IEnumerable<Measurement<int>>> breakerStates)
    {
        _ownsMeter = meterFactory is null;
        _meter = meterFactory?.Create(KugelposMeters.Dapr) ?? new Meter(KugelposMeters.Dapr);
        _calls = _meter.CreateCounter<long>(DaprMetricNames.Calls, "{call}", "Dapr calls by operation and outcome.");
        _activeCalls = _meter.CreateUpDownCounter<long>(DaprMetricNames.ActiveCalls, "{call}", "Dapr calls in flight.");
        _duration = _meter.CreateHistogram<double>(DaprMetricNames.CallDuration, "ms", "Duration of Dapr calls, retries included.");
        _meter.CreateObservableGauge(
            DaprMetricNames.CircuitBreakerState,
            breakerStates,
            unit: null,
            description: "Circuit breaker state: 0 closed, 1 open, 2 half-open.");
    }

    public void CallStarted(string operation) =>
        _activeCalls.Add(1, new KeyValuePair<string, object?>("operation", operation));

    public void CallEnded(string operation) =>
        _activeCalls.Add(-1, new KeyValuePair<string, object?>("operation", operation));

    public void RecordOutcome(string operation, string outcome, double? elapsedMilliseconds)
    {
        var operationTag = new KeyValuePair<string, object?>("operation", operation);
        var outcomeTag = new KeyValuePair<string, object?>("outcome", outcome);
        _calls.Add(1, operationTag, outcomeTag);
        if (elapsedMilliseconds is { } elapsed)
        {
            _duration.Record(elapsed, operationTag, outcomeTag);
        }
    }

    public void Dispose()
    {
        if (_ownsMeter)
        {
            _meter.Dispose();
        }
    }
}
