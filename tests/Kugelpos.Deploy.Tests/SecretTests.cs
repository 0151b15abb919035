using System.Text.RegularExpressions;
using k8s.Models;
using Kugelpos.Deploy.Tests.Rendering;
using Kugelpos.Host;

namespace Kugelpos.Deploy.Tests;

/// <summary>No secret value is written into deploy/: every one comes from a Secret the operator creates.</summary>
public sealed partial class SecretTests
{
    [Theory]
    [MemberData(nameof(RenderedOverlay.Names), MemberType = typeof(RenderedOverlay))]
    public async Task No_overlay_renders_a_Secret_or_a_ConfigMap_that_could_hold_one(string overlay)
    {
        var rendered = await RenderedOverlay.LoadAsync(overlay);

        Assert.Empty(rendered.All<V1Secret>());
        Assert.Empty(rendered.All<V1ConfigMap>());
    }

    [Theory]
    [MemberData(nameof(RenderedOverlay.Names), MemberType = typeof(RenderedOverlay))]
    public async Task Every_secret_setting_of_a_container_comes_from_a_Secret(string overlay)
    {
        var rendered = await RenderedOverlay.LoadAsync(overlay);

        foreach (var (name, template) in rendered.Workloads)
        {
            foreach (var env in template.Spec.Containers.SelectMany(c => c.Env ?? []).Where(e => SecretName().IsMatch(e.Name)))
            {
                Assert.True(env.Value is null && env.ValueFrom?.SecretKeyRef is not null, $"{overlay}/{name}: {env.Name} is not taken from a Secret");
            }

            // A value on the command line is as readable as one in the environment.
            var arguments = template.Spec.Containers.SelectMany(c => (c.Args ?? []).Concat(c.Command ?? []));
            Assert.All(arguments.Where(a => !a.StartsWith("--", StringComparison.Ordinal)), a => Assert.True(!a.Contains("pass", StringComparison.OrdinalIgnoreCase) || a.StartsWith("$(", StringComparison.Ordinal), $"{overlay}/{name}: argument {a}"));
        }
    }

    [Theory]
    [MemberData(nameof(RenderedOverlay.Names), MemberType = typeof(RenderedOverlay))]
    public async Task Every_secret_setting_of_a_Dapr_component_comes_from_a_Secret(string overlay)
    {
        var rendered = await RenderedOverlay.LoadAsync(overlay);

        var secretSettings = rendered.Components.SelectMany(c => c.Spec.Metadata.Select(m => (c.Metadata.Name, m))).Where(e => SecretName().IsMatch(e.m.Name)).ToList();

        Assert.NotEmpty(secretSettings);
        Assert.All(secretSettings, e => Assert.True(e.m.Value is null && e.m.SecretKeyRef is not null, $"{e.Name}: {e.m.Name}"));
    }

    [Theory]
    [MemberData(nameof(RenderedOverlay.Names), MemberType = typeof(RenderedOverlay))]
    public async Task Every_Secret_the_manifests_read_is_one_deploy_README_tells_the_operator_to_create(string overlay)
    {
        var rendered = await RenderedOverlay.LoadAsync(overlay);
        var readme = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Find(), "deploy", "README.md"));
        var created = CreatedSecret().Matches(readme).Select(m => m.Groups["name"].Value).ToHashSet();

        var referenced = rendered.Workloads.SelectMany(w => w.Template.Spec.Containers.SelectMany(c => c.Env ?? []))
            .Select(e => e.ValueFrom?.SecretKeyRef?.Name)
            .Concat(rendered.Deployments.SelectMany(d => d.Spec.Template.Metadata.Annotations.Where(a => a.Key.EndsWith("-token-secret", StringComparison.Ordinal)).Select(a => a.Value)))
            .Concat(rendered.Components.SelectMany(c => c.Spec.Metadata.Select(m => m.SecretKeyRef?.Name)))
            .OfType<string>()
            .Distinct();

        Assert.All(referenced, name => Assert.Contains(name, created));
    }

    [GeneratedRegex("(?i)password|secret|token|connectionstring|apikey|pin")]
    private static partial Regex SecretName();

    [GeneratedRegex(@"create secret generic (?<name>[a-z0-9-]+)")]
    private static partial Regex CreatedSecret();
}
