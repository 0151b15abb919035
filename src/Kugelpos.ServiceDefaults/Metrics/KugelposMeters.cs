namespace Kugelpos.ServiceDefaults.Metrics;

/// <summary>
/// Meter names. Every meter whose name starts with <see cref="Prefix"/> is exported on
/// <c>/metrics</c> without further registration.
/// </summary>
public static class KugelposMeters
{
    /// <summary>The prefix of all Kugelpos meters.</summary>
    public const string Prefix = "Kugelpos.";

    /// <summary>Event-processing metrics of pub/sub subscribers (<see cref="KugelposEventMetrics"/>).</summary>
    public const string Events = "Kugelpos.Events";

    /// <summary>Dapr client metrics (circuit breaker, call outcomes, calls in flight): the meter of Kugelpos.Dapr's instruments (<c>DaprMetricNames</c>).</summary>
    public const string Dapr = "Kugelpos.Dapr";
}
