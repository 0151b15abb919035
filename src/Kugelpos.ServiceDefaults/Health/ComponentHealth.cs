using System.Text.Json.Serialization;

namespace Kugelpos.ServiceDefaults.Health;

/// <summary>One health check's result (OpenAPI schema <c>ComponentHealth</c>, snake_case as in the contract).</summary>
/// <param name="Status">The check's status.</param>
/// <param name="ResponseTimeMs">How long the check took, in whole milliseconds.</param>
/// <param name="Details">Data the check reported, if any.</param>
/// <param name="Error">The check's description when it failed.</param>
/// <param name="Component">The Dapr component name, when the check reported one as <c>component</c> data.</param>
public sealed record ComponentHealth(
    [property: JsonPropertyName("status")] KugelposHealthStatus Status,
    [property: JsonPropertyName("response_time_ms")] long? ResponseTimeMs,
    [property: JsonPropertyName("details")] IReadOnlyDictionary<string, object?>? Details,
    [property: JsonPropertyName("error")] string? Error,
    [property: JsonPropertyName("component")] string? Component);
