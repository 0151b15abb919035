using System.Text.Json.Serialization;

namespace Kugelpos.ServiceDefaults.Health;

/// <summary>Health status as the Kugelpos contract spells it (OpenAPI schema <c>HealthStatus</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<KugelposHealthStatus>))]
public enum KugelposHealthStatus
{
    /// <summary>Working; degraded checks count as working.</summary>
    [JsonStringEnumMemberName("healthy")]
    Healthy,

    /// <summary>Not working.</summary>
    [JsonStringEnumMemberName("unhealthy")]
    Unhealthy,
}
