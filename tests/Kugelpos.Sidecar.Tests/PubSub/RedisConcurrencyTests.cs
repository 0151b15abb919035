using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Kugelpos.Sidecar.Resources;
using Kugelpos.Sidecar.Tests.Fixtures;
using StackExchange.Redis;
using static Kugelpos.Sidecar.Tests.PubSub.PubSubHarness;

namespace Kugelpos.Sidecar.Tests.PubSub;

/// <summary>
/// pubsub.redis' <c>concurrency</c> and <c>queueDepth</c>, as daprd reads them: real redis-server,
/// real subscriber apps that hold each delivery until the test lets it go.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class RedisConcurrencyTests(RedisServer redis)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private static Dictionary<string, string> Concurrency(int concurrency) =>
        new() { ["concurrency"] = concurrency.ToString(CultureInfo.InvariantCulture) };

    [Fact]
    public async Task By_default_up_to_ten_deliveries_of_one_subscription_are_in_flight_at_once_and_never_more() =>
        await DeliverCappedAsync(null, expected: 10, published: 15);

    [Fact]
    public async Task Concurrency_three_caps_the_deliveries_in_flight_at_three() =>
        await DeliverCappedAsync(3, expected: 3, published: 8);

    [Fact]
    public async Task Concurrency_one_delivers_one_at_a_time_in_publish_order()
    {
        var order = await DeliverCappedAsync(1, expected: 1, published: 6);

        Assert.Equal(Enumerable.Range(0, 6), order);
    }

    [Fact]
    public async Task A_retry_of_one_message_does_not_hold_back_the_others()
    {
        await using var harness = PubSubHarness.WithRedis(redis.Host);
        var topic = PubSubHarness.NewTopic("retry-alone");
        await PublishAsync(harness.Client(await harness.SidecarAsync("cart")), topic, Enumerable.Range(0, 3));
        var othersArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var others = new ConcurrentDictionary<int, bool>();
        var firstAttempts = 0;
        var (app, _) = await harness.SubscriberAsync("report", Subscribe(topic), async (received, context) =>
        {
            if (N(received) != 0)
            {
                others[N(received)] = true;
                if (others.Count == 2)
                {
                    othersArrived.TrySetResult();
                }

                return SubscriberApp.Status("SUCCESS");
            }

            if (Interlocked.Increment(ref firstAttempts) == 1)
            {
                return SubscriberApp.Status("RETRY");
            }

            // The retry of message 0 answers only once 1 and 2 got through: one at a time, it never would.
            await othersArrived.Task.WaitAsync(context.RequestAborted);
            return SubscriberApp.Status("SUCCESS");
        });

        var deliveries = await app.NextAsync(4);

        Assert.Equal([0, 0, 1, 2], deliveries.Select(N).Order());
        Assert.Equal(2, firstAttempts);
    }

    [Fact]
    public async Task Every_message_is_acknowledged_exactly_once_and_none_is_lost_under_a_mix_of_success_retry_and_drop()
    {
        const int Workers = 4;
        await using var harness = PubSubHarness.WithRedis(redis.Host, metadata: Concurrency(Workers));
        var topic = PubSubHarness.NewTopic("mix");
        var deadTopic = topic + "-dead";
        var plainTopic = topic + "-plain";
        var mix = new OutcomeMix();
        var allDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var barrier = new HeldDeliveries();

        object[] subscriptions = [.. Subscribe(topic, deadLetterTopic: deadTopic), .. Subscribe(deadTopic, "/dead"), .. Subscribe(plainTopic, "/plain")];
        await harness.SubscriberAsync("report", subscriptions, async (received, context) =>
        {
            if (N(received) >= 1000)
            {
                return await barrier.AnswerAsync(received, context);
            }

            var status = mix.Answer(received);
            if (mix.AllDone)
            {
                allDone.TrySetResult();
            }

            return SubscriberApp.Status(status);
        });
        var client = harness.Client(await harness.SidecarAsync("cart"));
        var acksBefore = await AcknowledgementsAsync();

        await Task.WhenAll(PublishAsync(client, topic, mix.Main), PublishAsync(client, plainTopic, mix.Plain));
        await allDone.Task.WaitAsync(Patience);

        // The component's workers are shared by its subscriptions: once the barrier holds every
        // one of them, every earlier delivery, its acknowledgement included, has finished.
        await PublishAsync(client, topic, Enumerable.Range(1000, Workers));
        var held = await barrier.NextAsync(Workers);
        var db = redis.Connection.GetDatabase();
        var pending = await db.StreamPendingMessagesAsync(topic, "report", 100, RedisValue.Null);
        var deadPending = await db.StreamPendingAsync(deadTopic, "report");
        var plainPending = await db.StreamPendingAsync(plainTopic, "report");
        var acks = await AcknowledgementsAsync() - acksBefore;
        held.ForEach(h => h.Release());

        var barrierIds = (await EntriesByNumberAsync(topic)).Where(e => e.Key >= 1000).Select(e => e.Value);
        Assert.Equal(barrierIds.Order(), pending.Select(p => p.MessageId.ToString()).Order());
        Assert.Equal(0, deadPending.PendingMessageCount);
        Assert.Equal(0, plainPending.PendingMessageCount);
        Assert.Equal(mix.Main.Count + (mix.Main.Count / 2) + mix.Plain.Count, acks);
        mix.AssertEachDoneOnce();
    }

    [Fact]
    public async Task A_stop_with_deliveries_in_flight_loses_nothing_and_the_next_consumer_gets_what_was_not_acknowledged()
    {
        await using var harness = PubSubHarness.WithRedis(redis.Host, metadata: Concurrency(3));
        var topic = PubSubHarness.NewTopic("stop");
        await PublishAsync(harness.Client(await harness.SidecarAsync("cart")), topic, Enumerable.Range(0, 6));
        var held = new HeldDeliveries();
        var (_, first) = await harness.SubscriberAsync("report", Subscribe(topic), held.AnswerAsync);
        var inFlight = await held.NextAsync(3);

        // With three workers, each new arrival after a release means the released one finished,
        // its acknowledgement included.
        var acknowledged = new List<int>();
        for (var i = 0; i < 2; i++)
        {
            inFlight[i].Release();
            acknowledged.Add(inFlight[i].N);
            await held.NextAsync();
        }

        Assert.Equal(3, held.InFlight);
        await harness.StopAsync(first);

        var db = redis.Connection.GetDatabase();
        var entries = await EntriesByNumberAsync(topic);
        var unacknowledged = Enumerable.Range(0, 6).Except(acknowledged).Order().ToList();
        var pending = await db.StreamPendingMessagesAsync(topic, "report", 100, RedisValue.Null);
        Assert.Equal(unacknowledged.Select(n => entries[n]).Order(), pending.Select(p => p.MessageId.ToString()).Order());
        var stopped = Assert.Single(await db.StreamConsumerInfoAsync(topic, "report"));
        Assert.Equal(unacknowledged.Count, stopped.PendingMessageCount);

        var (next, _) = await harness.SubscriberAsync("report", Subscribe(topic));
        var redelivered = await next.NextAsync(unacknowledged.Count);

        Assert.Equal(unacknowledged, redelivered.Select(N).Order());
    }

    [Theory]
    [InlineData("concurrency", "ten")]
    [InlineData("concurrency", "0")]
    [InlineData("concurrency", "-1")]
    [InlineData("queueDepth", "1.5")]
    [InlineData("queueDepth", "0")]
    public async Task Bad_concurrency_or_queue_depth_metadata_fails_start_up_naming_the_file_and_field(string field, string value)
    {
        await using var harness = PubSubHarness.WithRedis(redis.Host, metadata: new Dictionary<string, string> { [field] = value });

        var error = await Assert.ThrowsAsync<ResourceLoadException>(() => harness.SidecarAsync("report"));

        Assert.Equal($"spec.metadata[{field}]", error.Field);
        Assert.EndsWith("orders.yaml", error.File, StringComparison.Ordinal);
        Assert.Contains($"'{value}'", error.Message, StringComparison.Ordinal);
    }

    // Publishes 0..published-1, then lets a subscriber hold them, releasing the oldest held one
    // each time; checks that exactly `expected` were ever in flight at once and every event came.
    // Returns the n of each delivery in arrival order.
    private async Task<List<int>> DeliverCappedAsync(int? concurrency, int expected, int published)
    {
        await using var harness = PubSubHarness.WithRedis(redis.Host, metadata: concurrency is { } c ? Concurrency(c) : null);
        var topic = PubSubHarness.NewTopic("capped");

        // Published before the subscriber starts, so its first read takes them all: every one is
        // waiting at the sidecar, and only the cap keeps the rest back.
        await PublishAsync(harness.Client(await harness.SidecarAsync("cart")), topic, Enumerable.Range(0, published));
        var held = new HeldDeliveries();
        await harness.SubscriberAsync("report", Subscribe(topic), held.AnswerAsync);

        var waiting = new Queue<HeldDelivery>(await held.NextAsync(expected));
        Assert.Equal(expected, held.InFlight);
        var seen = waiting.Select(d => d.N).ToList();
        while (seen.Count < published)
        {
            // Each release makes room for exactly one more.
            waiting.Dequeue().Release();
            var next = await held.NextAsync();
            Assert.True(held.InFlight <= expected, $"{held.InFlight} deliveries in flight");
            seen.Add(next.N);
            waiting.Enqueue(next);
        }

        foreach (var delivery in waiting)
        {
            delivery.Release();
        }

        Assert.Equal(expected, held.Most);
        Assert.Equal(Enumerable.Range(0, published), seen.Order());
        return seen;
    }

    // The stream entry id of each event, by the n of its data.
    private async Task<Dictionary<int, string>> EntriesByNumberAsync(string topic)
    {
        var entries = await redis.Connection.GetDatabase().StreamRangeAsync(topic);
        return entries.ToDictionary(
            e =>
            {
                using var envelope = JsonDocument.Parse((string)e["data"]!);
                return envelope.RootElement.GetProperty("data").GetProperty("n").GetInt32();
            },
            e => e.Id.ToString());
    }

    // How many XACK commands the server has run: every acknowledgement is one. INFO needs an admin connection.
    private async Task<long> AcknowledgementsAsync()
    {
        await using var admin = await ConnectionMultiplexer.ConnectAsync($"{redis.Host},allowAdmin=true");
        var stats = await admin.GetServer(admin.GetEndPoints()[0]).InfoAsync("commandstats");
        var xack = stats.SelectMany(group => group).FirstOrDefault(kv => kv.Key == "cmdstat_xack").Value;
        return xack is null ? 0 : long.Parse(xack.Split(',')[0]["calls=".Length..], CultureInfo.InvariantCulture);
    }
}
