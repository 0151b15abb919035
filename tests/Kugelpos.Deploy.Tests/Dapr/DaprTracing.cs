namespace Kugelpos.Deploy.Tests.Dapr;

/// <summary>Tracing settings of a Configuration.</summary>
public sealed class DaprTracing
{
    /// <summary>The share of requests traced, "0" to "1".</summary>
    public string SamplingRate { get; set; } = string.Empty;

    /// <summary>Where traces go.</summary>
    public DaprOtel? Otel { get; set; }
}
