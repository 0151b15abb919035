using Kugelpos.Sidecar.Tests.Fixtures;

namespace Kugelpos.Sidecar.Tests.Actors;

[Collection(RedisCollection.Name)]
public sealed class ActorReentrancyTests(RedisServer redis)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Without_reentrancy_a_call_back_into_the_busy_actor_waits_for_the_outer_call()
    {
        await using var cluster = new SidecarCluster();
        await using var app = await ActorTestApp.StartAsync(redis, cluster);

        // a -> b -> a: b gives up on a after half a second and reports how often a was entered
        // and how many calls back into a the sidecar forwarded to the app meanwhile.
        var result = await app.Counter("a").ChainAsync("b", 500).WaitAsync(Patience);

        Assert.Equal("waited 1 0", result);
        Assert.Equal(1, app.Probe.Entries("b"));
    }

    [Fact]
    public async Task With_reentrancy_the_chain_completes_under_one_reentrancy_id()
    {
        await using var cluster = new SidecarCluster();
        await using var app = await ActorTestApp.StartAsync(redis, cluster, reentrancy: true);

        var result = await app.Counter("a").ChainAsync("b", 15_000).WaitAsync(Patience);

        Assert.Equal("reentered 2", result);
        const string Actors = "/actors/" + CounterActor.TypeName;
        var calls = app.Probe.AppRequests.Where(r => r.Path.Contains("/method/", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            [Actors + "/a/method/ChainAsync", Actors + "/b/method/CallBackAsync", Actors + "/a/method/ReenterAsync"],
            calls.Select(c => c.Path));
        var chain = Assert.Single(calls.Select(c => c.ReentrancyId).Distinct());
        Assert.False(string.IsNullOrEmpty(chain));
    }
}
