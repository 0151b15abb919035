using Kugelpos.Sidecar.Tests.Fixtures;

namespace Kugelpos.Sidecar.Tests.Actors;

[Collection(RedisCollection.Name)]
public sealed class ActorConcurrencyTests(RedisServer redis)
{
    [Fact]
    public async Task A_hundred_concurrent_calls_to_one_actor_never_overlap()
    {
        await using var cluster = new SidecarCluster();
        await using var app = await ActorTestApp.StartAsync(redis, cluster);
        var actor = app.Counter("busy");

        var results = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => Task.Run(actor.TrackedAsync)));

        Assert.Equal(1, app.Probe.MaxConcurrent);
        Assert.Equal(Enumerable.Range(1, 100), results.Order());
    }

    [Fact]
    public async Task Calls_to_two_different_actors_run_in_parallel()
    {
        await using var cluster = new SidecarCluster();
        await using var app = await ActorTestApp.StartAsync(redis, cluster);

        // Each call only returns once both are inside their actor, so serialized calls would time out.
        await Task.WhenAll(app.Counter("left").BarrierAsync(), app.Counter("right").BarrierAsync()).WaitAsync(TimeSpan.FromSeconds(20));
    }
}
