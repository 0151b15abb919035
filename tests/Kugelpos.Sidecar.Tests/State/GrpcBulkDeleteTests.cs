using Dapr;
using Dapr.Client;
using Grpc.Core;
using Kugelpos.Sidecar.Tests.Fixtures;

namespace Kugelpos.Sidecar.Tests.State;

/// <summary>gRPC DeleteBulkState through the real Dapr SDK, on a real Redis, as daprd answers it.</summary>
[Collection(RedisCollection.Name)]
public sealed class GrpcBulkDeleteTests(RedisServer redis) : IAsyncLifetime
{
    private LoneSidecar _sidecar = null!;

    private DaprClient Client => _sidecar.Client;

    public async Task InitializeAsync() =>
        _sidecar = await LoneSidecar.StartAsync("bulkdelete", new TempResources().With("statestore.yaml", LoneSidecar.RedisStateStore(redis, 2)));

    public async Task DisposeAsync() => await _sidecar.DisposeAsync();

    [Fact]
    public async Task Every_key_is_deleted_with_or_without_its_etag()
    {
        await Client.SaveStateAsync("statestore", "a", 1);
        await Client.SaveStateAsync("statestore", "b", 2);
        var (_, etagOfB) = await Client.GetStateAndETagAsync<int>("statestore", "b");

        await Client.DeleteBulkStateAsync("statestore",
        [
            new BulkDeleteStateItem("a", string.Empty),
            new BulkDeleteStateItem("b", etagOfB, new StateOptions { Concurrency = ConcurrencyMode.FirstWrite, Consistency = ConsistencyMode.Strong }),
            new BulkDeleteStateItem("never-saved", string.Empty),
        ]);

        var db = redis.Connection.GetDatabase(2);
        Assert.False(await db.KeyExistsAsync("bulkdelete||a"));
        Assert.False(await db.KeyExistsAsync("bulkdelete||b"));
    }

    [Fact]
    public async Task A_stale_etag_answers_aborted_as_daprd_does_and_deletes_nothing()
    {
        await Client.SaveStateAsync("statestore", "kept-1", 1);
        await Client.SaveStateAsync("statestore", "kept-2", 2);
        await Client.SaveStateAsync("statestore", "kept-2", 3);

        var error = await Assert.ThrowsAsync<DaprException>(() => Client.DeleteBulkStateAsync("statestore",
        [
            new BulkDeleteStateItem("kept-1", string.Empty),
            new BulkDeleteStateItem("kept-2", "1"),
        ]));

        var rpc = Assert.IsType<RpcException>(error.InnerException);
        Assert.Equal(StatusCode.Aborted, rpc.StatusCode);
        Assert.StartsWith("failed deleting state in state store statestore", rpc.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(1, await Client.GetStateAsync<int>("statestore", "kept-1"));
        Assert.Equal(3, await Client.GetStateAsync<int>("statestore", "kept-2"));
    }

    [Fact]
    public async Task An_unknown_store_is_refused_by_name()
    {
        var error = await Assert.ThrowsAsync<DaprException>(() => Client.DeleteBulkStateAsync("nosuchstore", [new BulkDeleteStateItem("k", string.Empty)]));

        var rpc = Assert.IsType<RpcException>(error.InnerException);
        Assert.Equal(StatusCode.InvalidArgument, rpc.StatusCode);
        Assert.Contains("nosuchstore", rpc.Status.Detail, StringComparison.Ordinal);
    }
}
