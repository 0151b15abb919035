using Kugelpos.Sidecar.Tests.Fixtures;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kugelpos.Sidecar.Tests.Actors;

[Collection(RedisCollection.Name)]
public sealed class ActorAppTokenTests(RedisServer redis)
{
    private const string Token = "app-secret-token";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Every_call_the_sidecar_makes_to_the_app_carries_the_app_token()
    {
        var clock = ActorTestApp.NewClock();
        await using var cluster = new SidecarCluster(clock, NullLoggerFactory.Instance);
        await using var app = await ActorTestApp.StartAsync(redis, cluster, idleTimeout: TimeSpan.FromMinutes(1), scanInterval: TimeSpan.FromSeconds(10), appToken: Token);
        var actor = app.Counter("tok");

        // The app answers 401 without the token, so each step only succeeds when it was sent.
        Assert.Equal(1, await actor.IncrementAsync());
        await actor.RemindAsync("ping", 1000);
        await actor.StartTimerAsync("tick", 1000);
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("tok/ping/3", await app.Probe.Reminders.Reader.ReadAsync().AsTask().WaitAsync(Patience));
        Assert.Equal("tok/2", await app.Probe.Timers.Reader.ReadAsync().AsTask().WaitAsync(Patience));

        // Queued behind both firings' turns, so the actor is idle from here on the fake clock.
        Assert.Equal(2, await actor.IncrementAsync());
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal("tok", await app.Probe.Deactivated.Reader.ReadAsync().AsTask().WaitAsync(Patience));

        var requests = app.Probe.AppRequests.ToList();
        Assert.All(requests, r => Assert.Equal(Token, r.Token));
        const string Actor = "/actors/" + CounterActor.TypeName + "/tok";
        Assert.Contains(requests, r => r is { Method: "GET", Path: "/dapr/config" });
        Assert.Contains(requests, r => r is { Method: "PUT", Path: Actor + "/method/IncrementAsync" });
        Assert.Contains(requests, r => r is { Method: "PUT", Path: Actor + "/method/remind/ping" });
        Assert.Contains(requests, r => r is { Method: "PUT", Path: Actor + "/method/timer/tick" });
        Assert.Contains(requests, r => r is { Method: "DELETE", Path: Actor });
    }

    [Fact]
    public async Task Without_the_app_token_the_guarded_app_hosts_nothing()
    {
        await using var cluster = new SidecarCluster();
        await using var app = await ActorTestApp.StartAsync(redis, cluster, appToken: Token);
        await app.RestartSidecarWithoutAppTokenAsync();

        await Assert.ThrowsAsync<global::Dapr.DaprApiException>(() => app.Counter("nope").IncrementAsync());
        Assert.Contains(app.Probe.AppRequests, r => r is { Path: "/dapr/config", Token: null });
    }
}
