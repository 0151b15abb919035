using k8s;
using k8s.Models;

namespace Kugelpos.Deploy.Tests.Dapr;

/// <summary>What every Dapr resource has: the Kubernetes header and a spec of its own.</summary>
/// <typeparam name="TSpec">The resource's spec.</typeparam>
public abstract class DaprObject<TSpec> : IKubernetesObject<V1ObjectMeta>, ISpec<TSpec>
    where TSpec : new()
{
    /// <inheritdoc />
    public string ApiVersion { get; set; } = string.Empty;

    /// <inheritdoc />
    public string Kind { get; set; } = string.Empty;

    /// <inheritdoc />
    public V1ObjectMeta Metadata { get; set; } = new();

    /// <inheritdoc />
    public TSpec Spec { get; set; } = new();
}
