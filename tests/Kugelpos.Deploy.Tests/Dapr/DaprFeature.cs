namespace Kugelpos.Deploy.Tests.Dapr;

/// <summary>A preview feature switch.</summary>
public sealed class DaprFeature
{
    /// <summary>The feature, e.g. <c>ActorStateTTL</c>.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>On or off.</summary>
    public bool Enabled { get; set; }
}
