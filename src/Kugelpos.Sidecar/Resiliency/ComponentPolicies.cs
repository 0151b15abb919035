using Kugelpos.Sidecar.Resources;
using Microsoft.Extensions.Logging;

namespace Kugelpos.Sidecar.Resiliency;

/// <summary>
/// The outbound policies of one app's components, built once when its sidecar starts from the
/// Resiliency resources that apply to it (<c>targets.components.&lt;name&gt;.outbound</c>).
/// </summary>
public sealed class ComponentPolicies
{
    private readonly Dictionary<string, ComponentPolicy> _policies;

    private ComponentPolicies(Dictionary<string, ComponentPolicy> policies) => _policies = policies;

    /// <summary>The policies for <paramref name="appId"/>; a later resource targeting the same component wins.</summary>
    public static ComponentPolicies Create(string appId, ResourceSet resources, TimeProvider time, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(resources);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        var logger = loggerFactory.CreateLogger<ComponentPolicies>();
        var policies = new Dictionary<string, ComponentPolicy>(StringComparer.Ordinal);
        foreach (var resiliency in resources.ResilienciesFor(appId))
        {
            if (!resiliency.Targets.TryGetValue("components", out var components))
            {
                continue;
            }

            foreach (var (name, target) in components)
            {
                if (target.Outbound is { } outbound)
                {
                    policies[name] = ComponentPolicy.Create(name, resiliency, outbound, time, logger);
                }
            }
        }

        return new ComponentPolicies(policies);
    }

    /// <summary>The policy of <paramref name="component"/>, pass-through when none targets it.</summary>
    public ComponentPolicy For(string component) => _policies.GetValueOrDefault(component) ?? ComponentPolicy.PassThrough;
}
