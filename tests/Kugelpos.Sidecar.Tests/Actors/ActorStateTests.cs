using Kugelpos.Sidecar.Tests.Fixtures;
using StackExchange.Redis;

namespace Kugelpos.Sidecar.Tests.Actors;

[Collection(RedisCollection.Name)]
public sealed class ActorStateTests(RedisServer redis)
{
    [Fact]
    public async Task State_saved_by_the_sdk_lands_in_redis_in_daprds_layout()
    {
        await using var cluster = new SidecarCluster();
        await using var app = await ActorTestApp.StartAsync(redis, cluster);

        await app.Counter("layout").IncrementAsync();

        var hash = await redis.Connection.GetDatabase().HashGetAllAsync($"{app.AppId}||{CounterActor.TypeName}||layout||count");
        var fields = hash.ToDictionary(e => e.Name.ToString(), e => e.Value.ToString());
        Assert.Equal("1", fields["data"]);
        Assert.True(long.Parse(fields["version"], System.Globalization.CultureInfo.InvariantCulture) >= 1);
    }

    [Fact]
    public async Task A_ttl_set_through_the_state_manager_is_a_redis_expiry()
    {
        await using var cluster = new SidecarCluster();
        await using var app = await ActorTestApp.StartAsync(redis, cluster);

        await app.Counter("ttl").SaveWithTtlAsync("note", "hello", 300);

        var key = (RedisKey)$"{app.AppId}||{CounterActor.TypeName}||ttl||note";
        var ttl = await redis.Connection.GetDatabase().KeyTimeToLiveAsync(key);
        Assert.NotNull(ttl);
        Assert.InRange(ttl.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(300));
        Assert.Equal("\"hello\"", (string?)await redis.Connection.GetDatabase().HashGetAsync(key, "data"));
    }

    [Fact]
    public async Task A_ttl_written_with_actor_state_overrides_the_stores_default_as_daprds_redis_store_does()
    {
        await using var cluster = new SidecarCluster();
        await using var app = await ActorTestApp.StartAsync(redis, cluster, storeTtlSeconds: 36000);
        var counter = app.Counter("override");

        await counter.IncrementAsync();
        await counter.SaveWithTtlAsync("longest", "kept", int.MaxValue);
        await counter.SaveWithTtlAsync("persisted", "short", 300);
        await counter.SaveWithTtlAsync("persisted", "kept", -1);

        // daprd's state.redis: no ttlInSeconds takes the component's, above 0 is EXPIRE, 0 or below PERSIST.
        Assert.InRange((await TtlAsync(app, "override", "count"))!.Value.TotalSeconds, 36000 - 60, 36000);
        Assert.InRange((await TtlAsync(app, "override", "longest"))!.Value.TotalSeconds, int.MaxValue - 60d, int.MaxValue);
        Assert.Null(await TtlAsync(app, "override", "persisted"));
        Assert.Equal("\"kept\"", (string?)await redis.Connection.GetDatabase().HashGetAsync(Key(app, "override", "persisted"), "data"));
    }

    [Fact]
    public async Task The_sdk_hides_a_value_it_saved_with_a_ttl_of_minus_one_from_its_own_actor_though_the_store_keeps_it()
    {
        // Why the cart's TransactionActor cannot ask for "no expiry": Dapr.Actors 1.19 keeps now - 1 s
        // as the value's expiry and from then on answers the value as absent.
        await using var cluster = new SidecarCluster();
        await using var app = await ActorTestApp.StartAsync(redis, cluster, storeTtlSeconds: 36000);
        var counter = app.Counter("minus-one");

        await counter.SaveWithTtlAsync("note", "hello", -1);

        Assert.Null(await counter.ReadAsync("note"));
        Assert.Null(await TtlAsync(app, "minus-one", "note"));
        Assert.Equal("\"hello\"", (string?)await redis.Connection.GetDatabase().HashGetAsync(Key(app, "minus-one", "note"), "data"));
    }

    private static RedisKey Key(ActorTestApp app, string actorId, string key) => $"{app.AppId}||{CounterActor.TypeName}||{actorId}||{key}";

    // Null when the key does not expire.
    private Task<TimeSpan?> TtlAsync(ActorTestApp app, string actorId, string key) =>
        redis.Connection.GetDatabase().KeyTimeToLiveAsync(Key(app, actorId, key));
}
