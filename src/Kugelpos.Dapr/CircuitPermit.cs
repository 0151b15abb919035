namespace Kugelpos.Dapr;

/// <summary>What a circuit breaker allows a call to do.</summary>
public enum CircuitPermit
{
    /// <summary>The call must fail fast without reaching Dapr.</summary>
    Denied = 0,

    /// <summary>The breaker is closed; the call goes through.</summary>
    Normal = 1,

    /// <summary>The breaker is half-open and this call is its one trial.</summary>
    Trial = 2,
}
