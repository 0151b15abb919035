using Kugelpos.Sidecar.Tests.Fixtures;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kugelpos.Sidecar.Tests.Actors;

[Collection(RedisCollection.Name)]
public sealed class ActorScheduleTests(RedisServer redis)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_reminder_fires_with_its_data()
    {
        await using var cluster = new SidecarCluster();
        await using var app = await ActorTestApp.StartAsync(redis, cluster);

        await app.Counter("r").RemindAsync("ping", 10);

        Assert.Equal("r/ping/3", await app.Probe.Reminders.Reader.ReadAsync().AsTask().WaitAsync(Patience));
    }

    [Fact]
    public async Task A_reminder_survives_a_sidecar_restart()
    {
        var clock = ActorTestApp.NewClock();
        await using var cluster = new SidecarCluster(clock, NullLoggerFactory.Instance);
        await using var app = await ActorTestApp.StartAsync(redis, cluster);
        await app.Counter("durable").RemindAsync("later", 60_000);

        await app.RestartSidecarAsync();
        clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal("durable/later/3", await app.Probe.Reminders.Reader.ReadAsync().AsTask().WaitAsync(Patience));
    }

    [Fact]
    public async Task A_timer_calls_its_callback()
    {
        await using var cluster = new SidecarCluster();
        await using var app = await ActorTestApp.StartAsync(redis, cluster);

        await app.Counter("t").StartTimerAsync("tick", 10);

        Assert.Equal("t/2", await app.Probe.Timers.Reader.ReadAsync().AsTask().WaitAsync(Patience));
    }

    [Fact]
    public async Task An_idle_actor_is_deactivated_after_the_apps_idle_timeout()
    {
        var clock = ActorTestApp.NewClock();
        await using var cluster = new SidecarCluster(clock, NullLoggerFactory.Instance);
        await using var app = await ActorTestApp.StartAsync(redis, cluster, idleTimeout: TimeSpan.FromMinutes(1), scanInterval: TimeSpan.FromSeconds(10));
        await app.Counter("sleepy").IncrementAsync();

        clock.Advance(TimeSpan.FromSeconds(30));
        Assert.False(app.Probe.Deactivated.Reader.TryRead(out _));
        clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal("sleepy", await app.Probe.Deactivated.Reader.ReadAsync().AsTask().WaitAsync(Patience));
    }
}
