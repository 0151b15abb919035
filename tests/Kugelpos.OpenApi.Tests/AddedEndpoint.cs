namespace Kugelpos.OpenApi.Tests;

/// <summary>An endpoint our services serve that the original's documents lack, and why.</summary>
/// <param name="Service">The service that serves it, or <see cref="AddedEndpoints.EveryService"/>.</param>
/// <param name="Endpoint">The endpoint, parameters normalised.</param>
/// <param name="Reason">Why ours has it.</param>
public sealed record AddedEndpoint(string Service, Endpoint Endpoint, string Reason)
{
    /// <summary>Whether the entry applies to <paramref name="service"/>.</summary>
    /// <param name="service">A service name.</param>
    public bool AppliesTo(string service) => Service == AddedEndpoints.EveryService || Service == service;
}
