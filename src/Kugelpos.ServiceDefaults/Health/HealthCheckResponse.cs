using System.Text.Json.Serialization;

namespace Kugelpos.ServiceDefaults.Health;

/// <summary>The body of <c>GET /health</c> (OpenAPI schema <c>HealthCheckResponse</c>).</summary>
/// <param name="Status">Overall status: unhealthy when any check is.</param>
/// <param name="Timestamp">When the checks ran, ISO 8601 UTC.</param>
/// <param name="Service">The service name.</param>
/// <param name="Version">The service version.</param>
/// <param name="Checks">Each check's result by check name.</param>
public sealed record HealthCheckResponse(
    [property: JsonPropertyName("status")] KugelposHealthStatus Status,
    [property: JsonPropertyName("timestamp")] string Timestamp,
    [property: JsonPropertyName("service")] string Service,
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("checks")] IReadOnlyDictionary<string, ComponentHealth> Checks);
