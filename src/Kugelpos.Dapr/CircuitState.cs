namespace Kugelpos.Dapr;

/// <summary>
/// State of a circuit breaker. The numeric values are the ones reported by the
/// <c>kugelpos.dapr.circuit_breaker.state</c> gauge.
/// </summary>
public enum CircuitState
{
    /// <summary>Normal: every call passes through.</summary>
    Closed = 0,

    /// <summary>Blocked: every call fails at once without reaching Dapr.</summary>
    Open = 1,

    /// <summary>Recovery attempt: one trial call decides between closed and open.</summary>
    HalfOpen = 2,
}
