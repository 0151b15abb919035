namespace Kugelpos.Deploy.Tests.Dapr;

/// <summary>The parts of a Configuration Kugelpos sets.</summary>
public sealed class DaprConfigurationSpec
{
    /// <summary>Preview features.</summary>
    public List<DaprFeature> Features { get; set; } = [];

    /// <summary>Distributed tracing.</summary>
    public DaprTracing? Tracing { get; set; }

    /// <summary>The sidecars' metrics.</summary>
    public DaprMetrics? Metrics { get; set; }
}
