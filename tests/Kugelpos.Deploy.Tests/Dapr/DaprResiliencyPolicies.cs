namespace Kugelpos.Deploy.Tests.Dapr;

/// <summary>Named timeouts, retries and circuit breakers.</summary>
public sealed class DaprResiliencyPolicies
{
    /// <summary>Timeouts by name, as Go durations.</summary>
    public Dictionary<string, string> Timeouts { get; set; } = [];

    /// <summary>Retry policies by name; their fields are Go durations and counts.</summary>
    public Dictionary<string, Dictionary<string, string>> Retries { get; set; } = [];

    /// <summary>Circuit breakers by name.</summary>
    public Dictionary<string, Dictionary<string, string>> CircuitBreakers { get; set; } = [];
}
