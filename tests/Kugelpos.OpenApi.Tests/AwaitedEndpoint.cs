namespace Kugelpos.OpenApi.Tests;

/// <summary>An endpoint of the original's document that a service of ours does not serve yet, and why.</summary>
/// <param name="Service">The service that will serve it.</param>
/// <param name="Endpoint">The endpoint, parameters normalised.</param>
/// <param name="Reason">Why it is not there yet and what brings it.</param>
public sealed record AwaitedEndpoint(string Service, Endpoint Endpoint, string Reason);
