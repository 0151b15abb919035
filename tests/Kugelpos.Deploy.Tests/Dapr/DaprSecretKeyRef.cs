namespace Kugelpos.Deploy.Tests.Dapr;

/// <summary>A Component setting's value taken from a Kubernetes Secret.</summary>
public sealed class DaprSecretKeyRef
{
    /// <summary>The Secret's name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The key inside it.</summary>
    public string Key { get; set; } = string.Empty;
}
