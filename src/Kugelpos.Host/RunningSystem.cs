using Kugelpos.Sidecar;

namespace Kugelpos.Host;

/// <summary>The started system: its sidecars, stopped in reverse order on dispose.</summary>
public sealed class RunningSystem(SidecarCluster cluster, IReadOnlyList<Sidecar.Sidecar> sidecars) : IAsyncDisposable
{
    /// <summary>The sidecars, one per app, in start order.</summary>
    public IReadOnlyList<Sidecar.Sidecar> Sidecars { get; } = sidecars;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var sidecar in Sidecars.Reverse())
        {
            await sidecar.DisposeAsync();
        }

        await cluster.DisposeAsync();
    }
}
