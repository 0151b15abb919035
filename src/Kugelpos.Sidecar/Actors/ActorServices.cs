using Kugelpos.Sidecar.Resiliency;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Kugelpos.Sidecar.Actors;

/// <summary>Wires the actor building block into a sidecar's web host.</summary>
public static class ActorServices
{
    /// <summary>
    /// Registers type discovery, the doubled-slash fix and the API; map it with <c>MapActorApi</c>.
    /// Actor state and reminders run under the actor state store's policy in <paramref name="policies"/>.
    /// </summary>
    public static ActorApi AddSidecarActors(this IServiceCollection services, SidecarOptions options, SidecarCluster cluster, ComponentRegistry components, ComponentPolicies policies)
    {
        var placement = cluster.Shared("actors.placement", () => new ActorPlacement(cluster.Time));
        var api = new ActorApi(options.AppId, components, placement, policies, awaitsApp: options.AppPort is not null && components.ActorStateStore is not null);
        services.AddSingleton(api);
        services.AddSingleton<IStartupFilter, DoubleSlashPaths>();
        services.AddSingleton<IHostedService>(_ => new ActorDiscovery(options, cluster, components, policies, api, placement));
        return api;
    }
}
