namespace Kugelpos.Dapr;

/// <summary>
/// Names of the instruments the helper reports on, for exporters and dashboards. They belong to
/// the <see cref="Kugelpos.ServiceDefaults.Metrics.KugelposMeters.Dapr"/> meter.
/// </summary>
public static class DaprMetricNames
{
    /// <summary>Counter of finished calls, tagged <c>operation</c> and <c>outcome</c>.</summary>
    public const string Calls = "kugelpos.dapr.calls";

    /// <summary>Gauge of each breaker's state (0 closed, 1 open, 2 half-open), tagged <c>breaker</c>.</summary>
    public const string CircuitBreakerState = "kugelpos.dapr.circuit_breaker.state";

    /// <summary>Up-down counter of calls in flight to the sidecar, tagged <c>operation</c>.</summary>
    public const string ActiveCalls = "kugelpos.dapr.active_calls";

    /// <summary>Histogram of call durations in milliseconds, retries included.</summary>
    public const string CallDuration = "kugelpos.dapr.call.duration";
}
