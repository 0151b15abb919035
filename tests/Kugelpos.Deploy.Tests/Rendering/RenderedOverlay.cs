using System.Collections.Concurrent;
using k8s;
using k8s.Models;
using Kugelpos.Deploy.Tests.Dapr;
using Kugelpos.Host;
using Kugelpos.Testing;

namespace Kugelpos.Deploy.Tests.Rendering;

/// <summary>
/// One overlay of deploy/ rendered by <c>kubectl kustomize</c>, as an operator's
/// <c>kubectl apply -k</c> would send it, and loaded into typed Kubernetes models. Loading is
/// strict: a field no model knows (a typo, a field at the wrong level) fails the load.
/// </summary>
public sealed class RenderedOverlay
{
    /// <summary>The overlays under deploy/overlays.</summary>
    public static TheoryData<string> Names { get; } = ["dev", "production"];

    private static readonly ConcurrentDictionary<string, Lazy<Task<RenderedOverlay>>> Rendered = new();

    private static readonly Dictionary<string, Type> DaprKinds = new()
    {
        ["dapr.io/v1alpha1/Component"] = typeof(DaprComponent),
        ["dapr.io/v1alpha1/Configuration"] = typeof(DaprConfiguration),
        ["dapr.io/v1alpha1/Resiliency"] = typeof(DaprResiliency),
    };

    private RenderedOverlay(string name, IReadOnlyList<object> objects)
    {
        Name = name;
        Objects = objects;
    }

    /// <summary>The overlay's name.</summary>
    public string Name { get; }

    /// <summary>Every rendered resource.</summary>
    public IReadOnlyList<object> Objects { get; }

    /// <summary>The Kugelpos services' Deployments.</summary>
    public IEnumerable<V1Deployment> Deployments => Objects.OfType<V1Deployment>();

    /// <summary>The pod templates of every workload: the services' and the stores' (dev).</summary>
    public IEnumerable<(string Name, V1PodTemplateSpec Template)> Workloads =>
        Deployments.Select(d => (d.Metadata.Name, d.Spec.Template))
            .Concat(Objects.OfType<V1StatefulSet>().Select(s => (s.Metadata.Name, s.Spec.Template)));

    /// <summary>The Dapr components.</summary>
    public IEnumerable<DaprComponent> Components => Objects.OfType<DaprComponent>();

    /// <summary>Resources of kind <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">A model type.</typeparam>
    public IEnumerable<T> All<T>() => Objects.OfType<T>();

    /// <summary>The Deployment of app <paramref name="appId"/>.</summary>
    /// <param name="appId">A Dapr app id.</param>
    public V1Deployment Deployment(string appId) =>
        Deployments.Single(d => d.Spec.Template.Metadata.Annotations["dapr.io/app-id"] == appId);

    /// <summary>Renders the overlay once per test run.</summary>
    /// <param name="name">The overlay's folder under deploy/overlays.</param>
    public static Task<RenderedOverlay> LoadAsync(string name) =>
        Rendered.GetOrAdd(name, n => new Lazy<Task<RenderedOverlay>>(() => RenderAsync(Path.Combine("deploy", "overlays", n)))).Value;

    /// <summary>Renders any kustomization of the checkout, e.g. <c>components</c>.</summary>
    /// <param name="folder">The kustomization's folder, relative to the checkout.</param>
    public static async Task<RenderedOverlay> RenderAsync(string folder)
    {
        using var kubectl = ProgramProcess.StartFile("kubectl", $"kustomize {folder}", RepositoryRoot.Find());
        var yaml = await kubectl.ReadOutputToEndAsync();
        var exit = await kubectl.WaitForExitAsync();
        if (exit != 0)
        {
            throw new InvalidOperationException($"kubectl kustomize {folder} failed ({exit}): {await kubectl.ReadErrorToEndAsync()}");
        }

        return new RenderedOverlay(Path.GetFileName(folder), Load(yaml));
    }

    /// <summary>Loads rendered YAML into the models; a field no model knows is an error.</summary>
    /// <param name="yaml">One or more documents.</param>
    public static IReadOnlyList<object> Load(string yaml) => KubernetesYaml.LoadAllFromString(yaml, DaprKinds, strict: true);
}
