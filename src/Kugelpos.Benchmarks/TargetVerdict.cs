namespace Kugelpos.Benchmarks;

/// <summary>One target of a benchmark mode and whether the run met it.</summary>
/// <param name="Target">The target, e.g. <c>add-item &gt;= 5,000/s at 32 devices</c>.</param>
/// <param name="Met">Whether the run met it.</param>
/// <param name="Measured">What the run measured, and why it could not count when it could not.</param>
public sealed record TargetVerdict(string Target, bool Met, string Measured);
