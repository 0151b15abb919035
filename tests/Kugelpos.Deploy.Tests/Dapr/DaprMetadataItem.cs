namespace Kugelpos.Deploy.Tests.Dapr;

/// <summary>One setting of a Component: a value, or a reference to a Kubernetes Secret.</summary>
public sealed class DaprMetadataItem
{
    /// <summary>The setting's name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The value in plain text.</summary>
    public string? Value { get; set; }

    /// <summary>The Secret and key the value comes from.</summary>
    public DaprSecretKeyRef? SecretKeyRef { get; set; }
}
