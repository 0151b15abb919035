namespace Kugelpos.Deploy.Tests.Dapr;

/// <summary>A Dapr Component (dapr.io/v1alpha1), with exactly the fields daprd reads.</summary>
public sealed class DaprComponent : DaprObject<DaprComponentSpec>
{
    /// <summary>The app ids that may use it; empty means every app.</summary>
    public List<string> Scopes { get; set; } = [];

    /// <summary>The value of a metadata entry, or null when it is absent or comes from a secret.</summary>
    /// <param name="name">The entry's name.</param>
    public string? Value(string name) => Spec.Metadata.SingleOrDefault(m => m.Name == name)?.Value;
}
