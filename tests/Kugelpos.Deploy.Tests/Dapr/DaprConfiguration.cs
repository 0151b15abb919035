namespace Kugelpos.Deploy.Tests.Dapr;

/// <summary>A Dapr Configuration (dapr.io/v1alpha1), named by the pods' <c>dapr.io/config</c>.</summary>
public sealed class DaprConfiguration : DaprObject<DaprConfigurationSpec>
{
    /// <summary>Whether the preview feature <paramref name="name"/> is turned on.</summary>
    /// <param name="name">The feature's name.</param>
    public bool IsEnabled(string name) => Spec.Features.Any(f => f.Name == name && f.Enabled);
}
