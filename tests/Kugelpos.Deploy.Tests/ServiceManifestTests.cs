using System.Globalization;
using k8s.Models;
using Kugelpos.Deploy.Tests.Rendering;
using Kugelpos.Host;

namespace Kugelpos.Deploy.Tests;

/// <summary>Each service's Deployment and Service, as every overlay renders them.</summary>
public sealed class ServiceManifestTests
{
    private static readonly string[] SidecarAnnotations =
    [
        "dapr.io/sidecar-cpu-request", "dapr.io/sidecar-memory-request", "dapr.io/sidecar-cpu-limit", "dapr.io/sidecar-memory-limit",
    ];

    [Theory]
    [MemberData(nameof(RenderedOverlay.Names), MemberType = typeof(RenderedOverlay))]
    public async Task Every_service_the_host_runs_is_deployed_once_under_its_own_app_id(string overlay)
    {
        var rendered = await RenderedOverlay.LoadAsync(overlay);

        var appIds = rendered.Deployments.Select(d => d.Spec.Template.Metadata.Annotations["dapr.io/app-id"]).ToList();

        Assert.Equal(ServiceCatalog.All.Select(s => s.AppId).Order(), appIds.Order());
        Assert.Equal(appIds.Count, appIds.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(RenderedOverlay.Names), MemberType = typeof(RenderedOverlay))]
    public async Task Every_pod_carries_the_Dapr_annotations_with_its_own_port_and_the_cluster_configuration(string overlay)
    {
        var rendered = await RenderedOverlay.LoadAsync(overlay);
        var configurations = rendered.All<Dapr.DaprConfiguration>().Select(c => c.Metadata.Name).ToList();

        foreach (var app in AppPorts.All)
        {
            var deployment = rendered.Deployment(app.AppId);
            var annotations = deployment.Spec.Template.Metadata.Annotations;
            var port = app.Port.ToString(CultureInfo.InvariantCulture);

            Assert.Equal("true", annotations["dapr.io/enabled"]);
            Assert.Equal(port, annotations["dapr.io/app-port"]);
            Assert.Equal(app.Port, AppContainer(deployment).Ports.Single(p => p.Name == "http").ContainerPort);
            Assert.Contains(annotations["dapr.io/config"], configurations);
            Assert.Equal("true", annotations["dapr.io/log-as-json"]);
            Assert.Equal(("true", "/health/live"), (annotations["dapr.io/enable-app-health-check"], annotations["dapr.io/app-health-check-path"]));
            Assert.All(SidecarAnnotations, name => Assert.False(string.IsNullOrEmpty(annotations[name]), $"{app.AppId}: {name}"));
            Assert.False(string.IsNullOrEmpty(annotations["dapr.io/app-token-secret"]), app.AppId);
            Assert.False(string.IsNullOrEmpty(annotations["dapr.io/api-token-secret"]), app.AppId);
        }
    }

    [Theory]
    [MemberData(nameof(RenderedOverlay.Names), MemberType = typeof(RenderedOverlay))]
    public async Task Every_service_is_reachable_by_its_app_id_on_its_Kugelpos_port(string overlay)
    {
        var rendered = await RenderedOverlay.LoadAsync(overlay);

        foreach (var app in AppPorts.All)
        {
            var service = rendered.All<V1Service>().Single(s => s.Metadata.Name == app.AppId);
            var labels = rendered.Deployment(app.AppId).Spec.Template.Metadata.Labels;

            Assert.Equal(app.Port, service.Spec.Ports.Single().Port);
            Assert.All(service.Spec.Selector, pair => Assert.Equal(pair.Value, labels[pair.Key]));
        }
    }

    [Theory]
    [MemberData(nameof(RenderedOverlay.Names), MemberType = typeof(RenderedOverlay))]
    public async Task Every_container_has_probes_requests_and_limits(string overlay)
    {
        var rendered = await RenderedOverlay.LoadAsync(overlay);

        foreach (var (name, template) in rendered.Workloads)
        {
            foreach (var container in template.Spec.Containers)
            {
                var where = $"{overlay}/{name}/{container.Name}";
                Assert.True(container.LivenessProbe is not null, $"{where} has no liveness probe");
                Assert.True(container.ReadinessProbe is not null, $"{where} has no readiness probe");
                Assert.All(new[] { "cpu", "memory" }, resource =>
                {
                    Assert.True(container.Resources?.Requests?.ContainsKey(resource) == true, $"{where} requests no {resource}");
                    Assert.True(container.Resources?.Limits?.ContainsKey(resource) == true, $"{where} has no {resource} limit");
                });
            }
        }
    }

    [Theory]
    [MemberData(nameof(RenderedOverlay.Names), MemberType = typeof(RenderedOverlay))]
    public async Task The_services_probe_their_own_liveness_and_readiness_endpoints(string overlay)
    {
        var rendered = await RenderedOverlay.LoadAsync(overlay);

        foreach (var deployment in rendered.Deployments)
        {
            var container = AppContainer(deployment);

            Assert.Equal(("/health/live", "http"), (container.LivenessProbe.HttpGet.Path, container.LivenessProbe.HttpGet.Port.Value));
            Assert.Equal(("/health/ready", "http"), (container.ReadinessProbe.HttpGet.Path, container.ReadinessProbe.HttpGet.Port.Value));
        }
    }

    [Theory]
    [MemberData(nameof(RenderedOverlay.Names), MemberType = typeof(RenderedOverlay))]
    public async Task Every_container_runs_as_a_non_root_user_on_a_read_only_root_filesystem(string overlay)
    {
        var rendered = await RenderedOverlay.LoadAsync(overlay);

        foreach (var (name, template) in rendered.Workloads)
        {
            foreach (var container in template.Spec.Containers)
            {
                var where = $"{overlay}/{name}/{container.Name}";
                Assert.True(container.SecurityContext?.RunAsNonRoot ?? template.Spec.SecurityContext?.RunAsNonRoot ?? false, $"{where} may run as root");
                Assert.True(container.SecurityContext?.ReadOnlyRootFilesystem ?? false, $"{where} can write its root filesystem");
                Assert.False(container.SecurityContext?.AllowPrivilegeEscalation ?? true, $"{where} may gain privileges");
            }
        }
    }

    private static V1Container AppContainer(V1Deployment deployment) => deployment.Spec.Template.Spec.Containers.Single(c => c.Name == "app");
}
