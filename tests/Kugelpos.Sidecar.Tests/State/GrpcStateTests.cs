using System.Text.Json;
using Dapr;
using Dapr.Client;
using Kugelpos.Sidecar.Tests.Fixtures;

namespace Kugelpos.Sidecar.Tests.State;

/// <summary>The state API over gRPC, through the real Dapr SDK, on a real Redis.</summary>
[Collection(RedisCollection.Name)]
public sealed class GrpcStateTests(RedisServer redis) : IAsyncLifetime
{
    private LoneSidecar _sidecar = null!;

    private DaprClient Client => _sidecar.Client;

    public async Task InitializeAsync() =>
        _sidecar = await LoneSidecar.StartAsync("grpcstate", new TempResources().With("statestore.yaml", LoneSidecar.RedisStateStore(redis, 1, new Dictionary<string, string> { ["ttlInSeconds"] = "3600" })));

    public async Task DisposeAsync() => await _sidecar.DisposeAsync();

    [Fact]
    public async Task Saved_state_is_a_daprd_hash_in_the_configured_database()
    {
        await Client.SaveStateAsync("statestore", "order-1", new Order("A1234", 1500m));

        var db = redis.Connection.GetDatabase(1);
        var hash = (await db.HashGetAllAsync("grpcstate||order-1")).ToDictionary(e => e.Name.ToString(), e => e.Value.ToString());
        Assert.Equal(["data", "version"], hash.Keys.Order());
        Assert.Equal("1", hash["version"]);
        var stored = JsonSerializer.Deserialize<Order>(hash["data"], JsonSerializerOptions.Web);
        Assert.Equal(new Order("A1234", 1500m), stored);
        Assert.False(await redis.Connection.GetDatabase(0).KeyExistsAsync("grpcstate||order-1"));
    }

    [Fact]
    public async Task Component_ttl_is_the_default_expiry_and_request_ttl_overrides_it()
    {
        await Client.SaveStateAsync("statestore", "default-ttl", new Order("A", 1m));
        await Client.SaveStateAsync("statestore", "short-ttl", new Order("B", 2m), metadata: new Dictionary<string, string> { ["ttlInSeconds"] = "90" });
        await Client.SaveStateAsync("statestore", "no-ttl", new Order("C", 3m), metadata: new Dictionary<string, string> { ["ttlInSeconds"] = "-1" });

        var db = redis.Connection.GetDatabase(1);
        var defaultTtl = await db.KeyTimeToLiveAsync("grpcstate||default-ttl");
        var shortTtl = await db.KeyTimeToLiveAsync("grpcstate||short-ttl");
        Assert.InRange(defaultTtl!.Value.TotalSeconds, 3500, 3600);
        Assert.InRange(shortTtl!.Value.TotalSeconds, 1, 90);
        Assert.Null(await db.KeyTimeToLiveAsync("grpcstate||no-ttl"));
    }

    [Fact]
    public async Task A_stale_etag_is_refused_and_the_fresh_one_wins()
    {
        await Client.SaveStateAsync("statestore", "counter", new Order("X", 1m));
        var (_, etag) = await Client.GetStateAndETagAsync<Order>("statestore", "counter");
        Assert.True(await Client.TrySaveStateAsync("statestore", "counter", new Order("X", 2m), etag));

        Assert.False(await Client.TrySaveStateAsync("statestore", "counter", new Order("X", 3m), etag));

        var (value, newEtag) = await Client.GetStateAndETagAsync<Order>("statestore", "counter");
        Assert.Equal(2m, value.Amount);
        Assert.Equal("2", newEtag);
    }

    [Fact]
    public async Task A_transaction_with_one_stale_etag_writes_nothing()
    {
        await Client.SaveStateAsync("statestore", "tx-a", new Order("a", 1m));
        var ops = new List<StateTransactionRequest>
        {
            new("tx-b", JsonSerializer.SerializeToUtf8Bytes(new Order("b", 2m), JsonSerializerOptions.Web), StateOperationType.Upsert),
            new("tx-a", JsonSerializer.SerializeToUtf8Bytes(new Order("a", 9m), JsonSerializerOptions.Web), StateOperationType.Upsert, etag: "41"),
        };

        var error = await Assert.ThrowsAsync<DaprException>(() => Client.ExecuteStateTransactionAsync("statestore", ops));

        Assert.Contains("etag", error.InnerException?.Message ?? error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Null(await Client.GetStateAsync<Order>("statestore", "tx-b"));
        Assert.Equal(1m, (await Client.GetStateAsync<Order>("statestore", "tx-a")).Amount);
    }

    [Fact]
    public async Task Bulk_get_and_delete_behave_like_daprd()
    {
        await Client.SaveStateAsync("statestore", "bulk-1", new Order("1", 1m));
        await Client.SaveStateAsync("statestore", "bulk-2", new Order("2", 2m));

        var items = await Client.GetBulkStateAsync("statestore", ["bulk-1", "bulk-2", "bulk-missing"], parallelism: 2);
        Assert.Equal(["bulk-1", "bulk-2", "bulk-missing"], items.Select(i => i.Key));
        Assert.Equal(string.Empty, items[2].Value);

        await Client.DeleteStateAsync("statestore", "bulk-1");
        Assert.Null(await Client.GetStateAsync<Order>("statestore", "bulk-1"));
        Assert.False(await redis.Connection.GetDatabase(1).KeyExistsAsync("grpcstate||bulk-1"));
    }

    [Fact]
    public async Task An_unknown_store_is_refused_and_the_sidecar_stays_up()
    {
        var error = await Assert.ThrowsAsync<DaprException>(() => Client.SaveStateAsync("nosuchstore", "k", 1));

        Assert.Contains("nosuchstore", error.InnerException?.Message ?? error.Message, StringComparison.Ordinal);
        Assert.True(await Client.CheckHealthAsync());
    }

    private sealed record Order(string Id, decimal Amount);
}
