using Dapr;
using Dapr.Client;
using Grpc.Core;
using Kugelpos.Sidecar.Tests.Fixtures;

namespace Kugelpos.Sidecar.Tests.State;

/// <summary>gRPC DeleteBulkState through the real Dapr SDK, on a real Redis, as daprd answers it.</summary>
[Collection(RedisCollection.Name)]
public sealed class GrpcBulkDeleteTests(RedisServer redis) : IAsyncLifetime
{
    private readonly TempResources _resources = new();
    private SidecarCluster _cluster = null!;
    private LocalSidecar _sidecar = null!;
    private DaprClient _client = null!;

    public async Task InitializeAsync()
    {
        _resources.With("statestore.yaml", $"""
            apiVersion: dapr.io/v1alpha1
            kind: Component
            metadata:
              name: statestore
            spec:
              type: state.redis
              version: v1
              metadata:
              - name: redisHost
                value: {redis.Host}
              - name: redisDB
                value: "2"
            """);
        _cluster = new SidecarCluster();
        _sidecar = await LocalSidecar.StartAsync(new SidecarOptions { AppId = "bulkdelete", DaprHttpPort = 0, DaprGrpcPort = 0, ResourcesPath = _resources.Path }, _cluster);
        _client = new DaprClientBuilder().UseGrpcEndpoint(_sidecar.GrpcEndpoint.ToString()).UseHttpEndpoint(_sidecar.HttpEndpoint.ToString()).Build();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _sidecar.DisposeAsync();
        await _cluster.DisposeAsync();
        _resources.Dispose();
    }

    [Fact]
    public async Task Every_key_is_deleted_with_or_without_its_etag()
    {
        await _client.SaveStateAsync("statestore", "a", 1);
        await _client.SaveStateAsync("statestore", "b", 2);
        var (_, etagOfB) = await _client.GetStateAndETagAsync<int>("statestore", "b");

        await _client.DeleteBulkStateAsync("statestore",
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
        await _client.SaveStateAsync("statestore", "kept-1", 1);
        await _client.SaveStateAsync("statestore", "kept-2", 2);
        await _client.SaveStateAsync("statestore", "kept-2", 3);

        var error = await Assert.ThrowsAsync<DaprException>(() => _client.DeleteBulkStateAsync("statestore",
        [
            new BulkDeleteStateItem("kept-1", string.Empty),
            new BulkDeleteStateItem("kept-2", "1"),
        ]));

        var rpc = Assert.IsType<RpcException>(error.InnerException);
        Assert.Equal(StatusCode.Aborted, rpc.StatusCode);
        Assert.StartsWith("failed deleting state in state store statestore", rpc.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(1, await _client.GetStateAsync<int>("statestore", "kept-1"));
        Assert.Equal(3, await _client.GetStateAsync<int>("statestore", "kept-2"));
    }

    [Fact]
    public async Task An_unknown_store_is_refused_by_name()
    {
        var error = await Assert.ThrowsAsync<DaprException>(() => _client.DeleteBulkStateAsync("nosuchstore", [new BulkDeleteStateItem("k", string.Empty)]));

        var rpc = Assert.IsType<RpcException>(error.InnerException);
        Assert.Equal(StatusCode.InvalidArgument, rpc.StatusCode);
        Assert.Contains("nosuchstore", rpc.Status.Detail, StringComparison.Ordinal);
    }
}
