namespace Kugelpos.Sidecar.Resources;

/// <summary>A Dapr <c>Configuration</c> resource: the preview features it enables and the app's actor settings.</summary>
/// <param name="Name">metadata.name.</param>
/// <param name="Features">Feature names enabled under spec.features (e.g. <c>ActorStateTTL</c>).</param>
public sealed record ConfigurationSpec(string Name, IReadOnlySet<string> Features)
{
    /// <summary>The configuration daprd runs with when none is given: no preview features.</summary>
    public static ConfigurationSpec Default { get; } = new("default", new HashSet<string>());

    /// <summary>Whether the named preview feature is on.</summary>
    public bool IsEnabled(string feature) => Features.Contains(feature);
}
