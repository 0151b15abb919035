using System.Net;
using System.Text;
using System.Text.Json;
using Kugelpos.Sidecar.Tests.Fixtures;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kugelpos.Sidecar.Tests.Actors;

[Collection(RedisCollection.Name)]
public sealed class ActorRepetitionTests(RedisServer redis)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_reminder_with_period_R3_fires_exactly_three_times()
    {
        var clock = ActorTestApp.NewClock();
        await using var cluster = new SidecarCluster(clock, NullLoggerFactory.Instance);
        await using var app = await ActorTestApp.StartAsync(redis, cluster);
        var actor = app.Counter("r3");
        await actor.RemindRepeatedlyAsync("thrice", 1000, 1000, 3);
        using var http = new HttpClient();
        using var raw = await http.GetAsync(ActorReminderApiTests.ReminderUri(app, "r3", "thrice"));
        using var body = JsonDocument.Parse(await raw.Content.ReadAsStringAsync());
        Assert.Equal("R3/PT1S", body.RootElement.GetProperty("period").GetString());

        for (var firing = 1; firing <= 3; firing++)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            Assert.Equal("r3/thrice/3", await app.Probe.Reminders.Reader.ReadAsync().AsTask().WaitAsync(Patience));
        }

        // The actor's next turn starts after the third firing is settled: the reminder is gone.
        Assert.Equal("none", await actor.DescribeReminderAsync("thrice"));
        clock.Advance(TimeSpan.FromSeconds(5));
        await actor.IncrementAsync();
        Assert.False(app.Probe.Reminders.Reader.TryRead(out var extra), $"a fourth firing: {extra}");
    }

    [Fact]
    public async Task A_timer_with_period_R3_fires_exactly_three_times()
    {
        var clock = ActorTestApp.NewClock();
        await using var cluster = new SidecarCluster(clock, NullLoggerFactory.Instance);
        await using var app = await ActorTestApp.StartAsync(redis, cluster);
        var actor = app.Counter("t3");
        await actor.IncrementAsync();
        using var http = new HttpClient();
        using var content = new StringContent(
            """{"dueTime":"0h0m1s0ms","period":"R3/PT1S","callback":"OnTimerAsync","data":"BAU="}""", Encoding.UTF8, "application/json");

        using var registered = await http.PutAsync(new Uri($"{app.HttpEndpoint}/v1.0/actors/{CounterActor.TypeName}/t3/timers/thrice"), content);

        Assert.Equal(HttpStatusCode.NoContent, registered.StatusCode);
        for (var firing = 1; firing <= 3; firing++)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            Assert.Equal("t3/2", await app.Probe.Timers.Reader.ReadAsync().AsTask().WaitAsync(Patience));
        }

        await actor.IncrementAsync();
        clock.Advance(TimeSpan.FromSeconds(5));
        await actor.IncrementAsync();
        Assert.False(app.Probe.Timers.Reader.TryRead(out var extra), $"a fourth firing: {extra}");
    }

    [Fact]
    public async Task A_ttl_ends_a_periodic_reminder()
    {
        var clock = ActorTestApp.NewClock();
        await using var cluster = new SidecarCluster(clock, NullLoggerFactory.Instance);
        await using var app = await ActorTestApp.StartAsync(redis, cluster);
        var actor = app.Counter("ttl");

        // Due after 1 s, every second, expiring 3.5 s after registration: firings at 1, 2 and 3 s.
        await actor.RemindUntilAsync("bounded", 1000, 1000, 3500);

        for (var firing = 1; firing <= 3; firing++)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            Assert.Equal("ttl/bounded/3", await app.Probe.Reminders.Reader.ReadAsync().AsTask().WaitAsync(Patience));
        }

        Assert.Equal("none", await actor.DescribeReminderAsync("bounded"));
        clock.Advance(TimeSpan.FromSeconds(5));
        await actor.IncrementAsync();
        Assert.False(app.Probe.Reminders.Reader.TryRead(out var extra), $"fired past its ttl: {extra}");
    }
}
