using Kugelpos.Sidecar.PubSub;
using Kugelpos.Sidecar.Tests.Fixtures;
using Microsoft.Extensions.Time.Testing;

namespace Kugelpos.Sidecar.Tests.PubSub;

/// <summary>Idle Redis consumers are woken by a publish instead of waiting out their poll.</summary>
[Collection(RedisCollection.Name)]
public sealed class RedisStreamWakeTests(RedisServer redis)
{
    [Fact]
    public async Task A_publish_reaches_an_idle_subscriber_while_the_clock_stands_still()
    {
        // On a clock that never moves, a poll never comes round again: only the wake-up delivers.
        var frozen = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
        await using var harness = PubSubHarness.WithRedis(redis.Host, frozen);
        var topic = PubSubHarness.NewTopic("wake");
        var (report, _) = await harness.SubscriberAsync("report", new object[] { new Dictionary<string, string> { ["pubsubname"] = "orders", ["topic"] = topic, ["route"] = "/orders" } });
        var client = harness.Client(await harness.SidecarAsync("cart"));
        await client.PublishEventAsync("orders", topic, new { receipt = 6 });
        Assert.Equal(6, (await report.NextAsync()).Event.GetProperty("data").GetProperty("receipt").GetInt32());

        // The reader is now back to reading, and finds the stream empty; only a wake-up brings the next one.
        await client.PublishEventAsync("orders", topic, new { receipt = 7 });

        Assert.Equal(7, (await report.NextAsync()).Event.GetProperty("data").GetProperty("receipt").GetInt32());
    }

    [Fact]
    public async Task A_cleanly_stopped_consumer_leaves_its_group()
    {
        await using var harness = PubSubHarness.WithRedis(redis.Host);
        var topic = PubSubHarness.NewTopic("tidy");
        var (report, sidecar) = await harness.SubscriberAsync("report", new object[] { new Dictionary<string, string> { ["pubsubname"] = "orders", ["topic"] = topic, ["route"] = "/orders" } });
        await harness.Client(await harness.SidecarAsync("cart")).PublishEventAsync("orders", topic, new { n = 1 });
        await report.NextAsync();
        var db = redis.Connection.GetDatabase();
        Assert.Single(await db.StreamConsumerInfoAsync(topic, "report"));

        await harness.StopAsync(sidecar);

        Assert.Empty(await db.StreamConsumerInfoAsync(topic, "report"));
    }

    [Fact]
    public async Task A_signal_wakes_a_waiter_and_an_old_signal_does_not()
    {
        var time = new FakeTimeProvider();
        var wake = new StreamWake();
        var before = wake.Next;
        wake.Signal();

        await StreamWake.WaitAsync(before, TimeSpan.FromHours(1), time, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        var waiting = StreamWake.WaitAsync(wake.Next, TimeSpan.FromSeconds(5), time, CancellationToken.None);
        Assert.False(waiting.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(5));
        await waiting.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
