namespace Kugelpos.Sidecar.Resources;

/// <summary>A Dapr <c>Resiliency</c> resource: named policies and the targets that use them.</summary>
/// <param name="Name">metadata.name.</param>
/// <param name="Timeouts">Named timeouts.</param>
/// <param name="Retries">Named retry policies.</param>
/// <param name="CircuitBreakers">Named circuit breakers.</param>
/// <param name="Targets">Targets (<c>apps</c>, <c>actors</c>, <c>components</c>) by kind, then name.</param>
/// <param name="Scopes">App ids it applies to; empty means all.</param>
public sealed record ResiliencySpec(
    string Name,
    IReadOnlyDictionary<string, TimeSpan> Timeouts,
    IReadOnlyDictionary<string, RetryPolicySpec> Retries,
    IReadOnlyDictionary<string, CircuitBreakerSpec> CircuitBreakers,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, ResiliencyTargetSpec>> Targets,
    IReadOnlyList<string> Scopes);
