using Dapr.Actors;
using Dapr.Actors.Runtime;
using Kugelpos.Sidecar.Tests.Fixtures;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kugelpos.Sidecar.Tests.Actors;

/// <summary>
/// Settings an app gives one actor type of its own (Dapr.Actors' <c>RegisterActor</c> with
/// <see cref="ActorRuntimeOptions"/>, an <c>entitiesConfig</c> entry in <c>/dapr/config</c>), as
/// the SDK writes them, beside the app-wide ones its other types keep.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class ActorTypeSettingsTests(RedisServer redis)
{
    private const string Reentrant = "ReentrantSelf";
    private const string Plain = "PlainSelf";
    private const string Brief = "BriefSelf";
    private const int NoWait = 15_000;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_type_with_its_own_reentrancy_calls_itself_while_the_other_types_stay_non_reentrant()
    {
        await using var cluster = new SidecarCluster();
        await using var app = await ActorTestApp.StartAsync(redis, cluster, configureActors: RegisterSelfCallers);

        var reentrant = await DescendAsync(app, Reentrant, "r", levels: 3, NoWait);
        var plain = await DescendAsync(app, Plain, "p", levels: 1, timeoutMilliseconds: 500);
        var counter = await app.Counter("a").ChainAsync("b", 500).WaitAsync(Patience);

        Assert.Equal("bottom", reentrant);
        Assert.Equal(4, app.Probe.Entries($"{Reentrant}/r"));
        Assert.Equal("waited 1", plain);
        Assert.Equal("waited 1 0", counter);
    }

    [Fact]
    public async Task A_chain_reentering_deeper_than_its_types_max_stack_depth_gets_daprds_error()
    {
        await using var cluster = new SidecarCluster();
        await using var app = await ActorTestApp.StartAsync(redis, cluster, configureActors: RegisterSelfCallers);

        var atTheLimit = await DescendAsync(app, Reentrant, "edge", levels: 4, NoWait);
        var beyond = await DescendAsync(app, Reentrant, "deep", levels: 5, NoWait);
        var afterwards = await DescendAsync(app, Reentrant, "deep", levels: 1, NoWait);

        Assert.Equal("bottom", atTheLimit);
        Assert.Equal("ERR_ACTOR_STACK_DEPTH", beyond);
        Assert.Equal(5 + 2, app.Probe.Entries($"{Reentrant}/deep"));
        Assert.Equal("bottom", afterwards);
    }

    [Fact]
    public async Task A_type_with_its_own_idle_timeout_deactivates_on_it_and_the_others_on_the_apps()
    {
        var clock = ActorTestApp.NewClock();
        await using var cluster = new SidecarCluster(clock, NullLoggerFactory.Instance);
        await using var app = await ActorTestApp.StartAsync(redis, cluster, idleTimeout: TimeSpan.FromMinutes(10), scanInterval: TimeSpan.FromSeconds(10),
            configureActors: actors => actors.Actors.RegisterActor<SelfCallingActor>(Brief, new ActorRuntimeOptions { ActorIdleTimeout = TimeSpan.FromMinutes(1) }));
        await app.Proxies.Create(new ActorId("b"), Brief).InvokeMethodAsync(nameof(ISelfCallingActor.TouchAsync));
        await app.Counter("c").IncrementAsync();

        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal($"{Brief}/b", await app.Probe.Deactivated.Reader.ReadAsync().AsTask().WaitAsync(Patience));
        clock.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal("c", await app.Probe.Deactivated.Reader.ReadAsync().AsTask().WaitAsync(Patience));
    }

    private static void RegisterSelfCallers(ActorRuntimeOptions actors)
    {
        actors.Actors.RegisterActor<SelfCallingActor>(Reentrant, new ActorRuntimeOptions
        {
            ReentrancyConfig = new ActorReentrancyConfig { Enabled = true, MaxStackDepth = 5 },
        });
        actors.Actors.RegisterActor<SelfCallingActor>(Plain);
    }

    private static Task<string> DescendAsync(ActorTestApp app, string actorType, string id, int levels, int timeoutMilliseconds) =>
        app.Proxies.Create(new ActorId(id), actorType)
            .InvokeMethodAsync<Descent, string>(nameof(ISelfCallingActor.DescendAsync), new Descent(levels, timeoutMilliseconds))
            .WaitAsync(Patience);
}
