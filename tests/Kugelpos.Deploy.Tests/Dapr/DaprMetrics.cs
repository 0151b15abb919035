namespace Kugelpos.Deploy.Tests.Dapr;

/// <summary>The sidecars' Prometheus metrics switch.</summary>
public sealed class DaprMetrics
{
    /// <summary>On or off.</summary>
    public bool Enabled { get; set; }
}
