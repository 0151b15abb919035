using Kugelpos.Sidecar;

namespace Kugelpos.Host;

/// <summary>The started system: its services and sidecars, stopped on dispose.</summary>
public sealed class RunningSystem(SidecarCluster cluster, IReadOnlyList<InProcessService> services, IReadOnlyList<LocalSidecar> sidecars) : IAsyncDisposable
{
    /// <summary>The services that exist, in start order.</summary>
    public IReadOnlyList<InProcessService> Services { get; } = services;

    /// <summary>The sidecars, one per app, in start order.</summary>
    public IReadOnlyList<LocalSidecar> Sidecars { get; } = sidecars;

    /// <summary>Sidecars first, so no event or actor call reaches a service that is stopping; then the services.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var sidecar in Sidecars.Reverse())
        {
            await sidecar.DisposeAsync();
        }

        foreach (var service in Services.Reverse())
        {
            await service.DisposeAsync();
        }

        await cluster.DisposeAsync();
    }
}
