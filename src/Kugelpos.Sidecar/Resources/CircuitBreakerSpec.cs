namespace Kugelpos.Sidecar.Resources;

/// <summary>
/// A circuit breaker policy. <paramref name="ConsecutiveFailures"/> is read from the
/// <c>trip</c> expression (<c>consecutiveFailures &gt;= 3</c> or <c>&gt; 2</c>), the only form the
/// seed uses; another expression fails loading rather than being half-understood.
/// </summary>
public sealed record CircuitBreakerSpec(int MaxRequests, TimeSpan Interval, TimeSpan Timeout, int ConsecutiveFailures);
