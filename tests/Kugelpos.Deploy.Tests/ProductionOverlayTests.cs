using System.Globalization;
using k8s.Models;
using Kugelpos.Deploy.Tests.Rendering;

namespace Kugelpos.Deploy.Tests;

/// <summary>What the production overlay adds: scale, spread, disruption budgets, draining, external stores.</summary>
public sealed class ProductionOverlayTests
{
    private static Task<RenderedOverlay> Production => RenderedOverlay.LoadAsync("production");

    [Fact]
    public async Task Cart_and_terminal_scale_with_load_and_leave_their_replica_count_to_the_autoscaler()
    {
        var rendered = await Production;

        var scaled = rendered.All<V2HorizontalPodAutoscaler>().ToDictionary(h => h.Spec.ScaleTargetRef.Name);

        Assert.Equal(["cart", "terminal"], scaled.Keys.Order());
        Assert.All(scaled.Values, h =>
        {
            Assert.Equal("Deployment", h.Spec.ScaleTargetRef.Kind);
            Assert.True(h.Spec.MinReplicas >= 2 && h.Spec.MaxReplicas > h.Spec.MinReplicas, h.Metadata.Name);
            Assert.Null(rendered.Deployment(h.Spec.ScaleTargetRef.Name).Spec.Replicas);
        });
        Assert.All(rendered.Deployments.Where(d => !scaled.ContainsKey(d.Metadata.Name)), d => Assert.True(d.Spec.Replicas >= 2, d.Metadata.Name));
    }

    [Fact]
    public async Task Every_service_has_a_disruption_budget_and_spreads_over_zones()
    {
        var rendered = await Production;
        var budgets = rendered.All<V1PodDisruptionBudget>().ToList();

        foreach (var deployment in rendered.Deployments)
        {
            var labels = deployment.Spec.Template.Metadata.Labels;

            Assert.Single(budgets, b => b.Spec.Selector.MatchLabels.All(pair => labels.TryGetValue(pair.Key, out var value) && value == pair.Value));
            Assert.Contains(deployment.Spec.Template.Spec.TopologySpreadConstraints ?? [], t => t.TopologyKey == "topology.kubernetes.io/zone");
        }
    }

    [Fact]
    public async Task Actors_are_drained_before_the_sidecar_and_the_pod_stop()
    {
        var rendered = await Production;

        foreach (var deployment in rendered.Deployments)
        {
            var env = deployment.Spec.Template.Spec.Containers.Single(c => c.Name == "app").Env.ToDictionary(e => e.Name, e => e.Value);
            var drain = TimeSpan.Parse(env["Kugelpos__Actors__DrainOngoingCallTimeout"], CultureInfo.InvariantCulture);
            var sidecar = TimeSpan.FromSeconds(int.Parse(deployment.Spec.Template.Metadata.Annotations["dapr.io/graceful-shutdown-seconds"], CultureInfo.InvariantCulture));
            var pod = TimeSpan.FromSeconds(deployment.Spec.Template.Spec.TerminationGracePeriodSeconds ?? 30);

            Assert.Equal("true", env["Kugelpos__Actors__DrainRebalancedActors"]);
            Assert.True(drain < sidecar && sidecar < pod, $"{deployment.Metadata.Name}: drain {drain}, sidecar {sidecar}, pod {pod}");
        }
    }

    [Fact]
    public async Task Redis_is_an_external_endpoint_and_shared_volumes_can_be_mounted_by_many_nodes()
    {
        var rendered = await Production;

        Assert.Equal("ExternalName", rendered.All<V1Service>().Single(s => s.Metadata.Name == "redis").Spec.Type);
        Assert.Empty(rendered.All<V1StatefulSet>());
        Assert.All(rendered.All<V1PersistentVolumeClaim>(), c => Assert.Equal(["ReadWriteMany"], c.Spec.AccessModes));
    }
}
