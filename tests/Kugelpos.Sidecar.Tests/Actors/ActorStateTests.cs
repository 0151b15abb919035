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
}
