using k8s.Models;
using Kugelpos.Deploy.Tests.Rendering;

namespace Kugelpos.Deploy.Tests;

/// <summary>The dev overlay: one of each service, with Redis and MongoDB in the namespace.</summary>
public sealed class DevOverlayTests
{
    [Fact]
    public async Task Each_service_runs_once_beside_a_Redis_and_a_MongoDB_of_its_own()
    {
        var rendered = await RenderedOverlay.LoadAsync("dev");

        Assert.All(rendered.Deployments, d => Assert.Equal(1, d.Spec.Replicas));
        Assert.Equal(["mongodb", "redis"], rendered.All<V1StatefulSet>().Select(s => s.Metadata.Name).Order());
        Assert.All(new[] { "mongodb", "redis" }, name => Assert.Contains(rendered.All<V1Service>(), s => s.Metadata.Name == name && s.Spec.Type is null or "ClusterIP"));
        Assert.Empty(rendered.All<V2HorizontalPodAutoscaler>());
    }

    [Theory]
    [MemberData(nameof(RenderedOverlay.Names), MemberType = typeof(RenderedOverlay))]
    public async Task Everything_lands_in_the_kugelpos_namespace(string overlay)
    {
        var rendered = await RenderedOverlay.LoadAsync(overlay);

        Assert.All(rendered.Objects.OfType<k8s.IKubernetesObject<V1ObjectMeta>>().Where(o => o is not V1Namespace), o => Assert.Equal("kugelpos", o.Metadata.NamespaceProperty));
    }
}
