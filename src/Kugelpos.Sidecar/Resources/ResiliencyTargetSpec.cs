namespace Kugelpos.Sidecar.Resources;

/// <summary>The policy names one target uses, outbound and inbound (components) or plain (apps, actors).</summary>
public sealed record ResiliencyTargetSpec(string? Timeout, string? Retry, string? CircuitBreaker, ResiliencyTargetSpec? Inbound, ResiliencyTargetSpec? Outbound);
