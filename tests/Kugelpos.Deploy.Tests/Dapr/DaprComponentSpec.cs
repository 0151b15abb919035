namespace Kugelpos.Deploy.Tests.Dapr;

/// <summary>A Component's spec.</summary>
public sealed class DaprComponentSpec
{
    /// <summary>The component type, e.g. <c>state.redis</c>.</summary>
    public string Type { get; set; } = string.Empty;

    /// <summary>The component version, e.g. <c>v1</c>.</summary>
    public string Version { get; set; } = string.Empty;

    /// <summary>Whether daprd starts without it when it fails to initialise.</summary>
    public bool? IgnoreErrors { get; set; }

    /// <summary>Its settings.</summary>
    public List<DaprMetadataItem> Metadata { get; set; } = [];
}
