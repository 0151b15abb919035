using Kugelpos.Sidecar;
using Kugelpos.Terminal.Tenants;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kugelpos.Terminal.Tests.Support;

/// <summary>
/// The terminal service and a <see cref="MasterDataStub"/>, each behind its own local sidecar in one
/// cluster, so tenant creation reaches master data by Dapr service invocation as it does deployed;
/// terminal actors run on an in-memory actor store, so a terminal can work with the stores made here.
/// Tests sharing it use tenants of their own.
/// </summary>
public sealed class TerminalWithMasterData : IAsyncLifetime
{
    private readonly SidecarCluster _cluster = new(TimeProvider.System, NullLoggerFactory.Instance);
    private ServiceTestHost _masterDataHost = null!;

    internal MasterDataStub MasterData { get; } = new();

    /// <summary>The terminal service.</summary>
    public ServiceTestHost Terminal { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _masterDataHost = await MasterData.StartAsync(new TestSidecar(TenantSetupTarget.MasterData) { Cluster = _cluster });
        Terminal = await ServiceTestHost.StartAsync(
            b => b.AddTerminalService(), a => a.MapTerminalService(), sidecar: new TestSidecar(TerminalService.AppId) { ActorStore = ActorStore.InMemory, Cluster = _cluster });
    }

    public async Task DisposeAsync()
    {
        await Terminal.DisposeAsync();
        await _masterDataHost.DisposeAsync();
        await _cluster.DisposeAsync();
    }
}
