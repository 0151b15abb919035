using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Dapr;
using Grpc.Core;
using Kugelpos.Sidecar.Tests.Fixtures;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;
using static Kugelpos.Sidecar.Tests.PubSub.PubSubHarness;

namespace Kugelpos.Sidecar.Tests.PubSub;

/// <summary>pubsub.redis end to end: real redis-server, real SDK, real apps behind real sidecars.</summary>
[Collection(RedisCollection.Name)]
public sealed class RedisPubSubTests(RedisServer redis)
{
    private static readonly HttpClient Http = new();

    private static async Task PostAsync(LocalSidecar sidecar, string pubsub, string topic, string body, string contentType = "application/json")
    {
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        using var response = await Http.PostAsync(new Uri(sidecar.HttpEndpoint, $"/v1.0/publish/{pubsub}/{topic}"), content);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    [Fact]
    public async Task Three_apps_each_receive_every_event()
    {
        await using var harness = PubSubHarness.WithRedis(redis.Host);
        var topic = PubSubHarness.NewTopic("fanout");
        var apps = new List<SubscriberApp>();
        foreach (var appId in new[] { "report", "journal", "stock" })
        {
            apps.Add((await harness.SubscriberAsync(appId, Subscribe(topic))).App);
        }

        var client = harness.Client(await harness.SidecarAsync("cart"));
        for (var i = 0; i < 3; i++)
        {
            await client.PublishEventAsync("orders", topic, new { orderId = $"o-{i}" });
        }

        foreach (var app in apps)
        {
            var received = await app.NextAsync(3);
            Assert.Equal(["o-0", "o-1", "o-2"], received.Select(r => r.Event.GetProperty("data").GetProperty("orderId").GetString()).Order());
        }
    }

    [Fact]
    public async Task Declarative_subscription_routes_by_event_type()
    {
        await using var harness = PubSubHarness.WithRedis(redis.Host);
        var topic = PubSubHarness.NewTopic("declared");
        harness.Write("subscription.yaml", $"""
            apiVersion: dapr.io/v2alpha1
            kind: Subscription
            metadata:
              name: declared
            spec:
              pubsubname: orders
              topic: {topic}
              routes:
                rules:
                - match: event.type == "order.big"
                  path: /big
                default: /all
            scopes:
            - report
            """);
        var (app, _) = await harness.SubscriberAsync("report", Array.Empty<object>());
        var publisher = await harness.SidecarAsync("cart");
        await PostAsync(publisher, "orders", topic, """{"specversion":"1.0","id":"e-1","type":"order.big","source":"x","data":{}}""", "application/cloudevents+json");
        await PostAsync(publisher, "orders", topic, "{}");

        // Delivered side by side (concurrency), so in either order.
        var received = (await app.NextAsync(2)).ToDictionary(r => r.Route);

        Assert.Equal(["all", "big"], received.Keys.Order());
        Assert.Equal("e-1", received["big"].Id);
    }

    [Fact]
    public async Task Two_instances_of_one_app_share_the_events()
    {
        await using var harness = PubSubHarness.WithRedis(redis.Host);
        var topic = PubSubHarness.NewTopic("compete");
        var sink = Channel.CreateUnbounded<Received>();
        var first = (await harness.SubscriberAsync("report", Subscribe(topic), sink: sink)).App;
        await harness.SubscriberAsync("report", Subscribe(topic), sink: sink);
        var publisher = await harness.SidecarAsync("cart");
        for (var i = 0; i < 6; i++)
        {
            await PostAsync(publisher, "orders", topic, $$"""{"n":{{i}}}""");
        }

        var received = await first.NextAsync(6);
        Assert.Equal(6, received.Select(r => r.Id).Distinct().Count());
        Assert.Equal(Enumerable.Range(0, 6), received.Select(r => r.Event.GetProperty("data").GetProperty("n").GetInt32()).Order());
        Assert.False(sink.Reader.TryRead(out _), "an event reached both instances of one app");
    }

    [Fact]
    public async Task Retry_answer_leads_to_redelivery()
    {
        await using var harness = PubSubHarness.WithRedis(redis.Host);
        var topic = PubSubHarness.NewTopic("retry");
        var seen = new ConcurrentDictionary<string, int>();
        var (app, _) = await harness.SubscriberAsync("report", Subscribe(topic), (received, _) =>
            Task.FromResult(SubscriberApp.Status(seen.AddOrUpdate(received.Id, 1, (_, n) => n + 1) == 1 ? "RETRY" : "SUCCESS")));
        var client = harness.Client(await harness.SidecarAsync("cart"));
        await client.PublishEventAsync("orders", topic, new { orderId = "o-1" });

        var deliveries = await app.NextAsync(2);
        // The first event was answered SUCCESS before the second was published; at most one of
        // the two can still be waiting for its acknowledgement when the second's retry arrives.
        await client.PublishEventAsync("orders", topic, new { orderId = "o-2" });
        var next = await app.NextAsync(2);

        Assert.Equal(deliveries[0].Id, deliveries[1].Id);
        Assert.Equal(next[0].Id, next[1].Id);
        Assert.NotEqual(deliveries[0].Id, next[0].Id);
        var pending = await redis.Connection.GetDatabase().StreamPendingAsync(topic, "report");
        Assert.True(pending.PendingMessageCount <= 1, $"{pending.PendingMessageCount} entries still pending");
    }

    [Fact]
    public async Task Unacknowledged_event_goes_to_another_instance_after_processing_timeout()
    {
        await using var harness = PubSubHarness.WithRedis(redis.Host);
        var topic = PubSubHarness.NewTopic("dies");
        var (stuck, stuckSidecar) = await harness.SubscriberAsync("report", Subscribe(topic), async (_, context) =>
        {
            // Never answers: the subscriber hangs until its sidecar goes away.
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
            return Results.Ok();
        });
        await harness.Client(await harness.SidecarAsync("cart")).PublishEventAsync("orders", topic, new { orderId = "o-1" });
        var first = await stuck.NextAsync();

        var (healthy, _) = await harness.SubscriberAsync("report", Subscribe(topic));
        await harness.StopAsync(stuckSidecar);
        var second = await healthy.NextAsync();

        Assert.Equal(first.Id, second.Id);
        Assert.NotEqual(first.AppInstance, second.AppInstance);
    }

    [Fact]
    public async Task An_event_a_dead_consumer_left_pending_reaches_a_new_consumer_at_once_without_waiting_a_redeliver_interval()
    {
        // On a clock that never moves no redeliverInterval ever passes: only the reclaim that
        // daprd makes as a subscription starts can hand the abandoned entry on.
        var frozen = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
        await using var harness = PubSubHarness.WithRedis(redis.Host, frozen);
        var topic = PubSubHarness.NewTopic("abandoned");
        await harness.Client(await harness.SidecarAsync("cart")).PublishEventAsync("orders", topic, new { orderId = "o-1" });
        var db = redis.Connection.GetDatabase();
        await db.StreamCreateConsumerGroupAsync(topic, "report", StreamPosition.Beginning);
        var read = Assert.Single(await db.StreamReadGroupAsync(topic, "report", "report-died", StreamPosition.NewMessages));

        // The consumer that read it died an hour ago (Redis' own idle clock, set by XCLAIM IDLE),
        // far past the harness' processingTimeout of 1s.
        await db.ExecuteAsync("XCLAIM", topic, "report", "report-died", 0, read.Id, "IDLE", 3_600_000, "JUSTID");
        var (app, _) = await harness.SubscriberAsync("report", Subscribe(topic));
        var redelivered = await app.NextAsync();

        Assert.Equal("o-1", redelivered.Event.GetProperty("data").GetProperty("orderId").GetString());
        Assert.Empty(await db.StreamPendingMessagesAsync(topic, "report", 10, "report-died"));
    }

    [Fact]
    public async Task A_redeliver_interval_of_0_turns_redelivery_off_as_in_daprd()
    {
        var frozen = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
        await using var harness = PubSubHarness.WithRedis(redis.Host, frozen, new Dictionary<string, string> { ["redeliverInterval"] = "0" });
        var topic = PubSubHarness.NewTopic("no-redelivery");
        var cart = harness.Client(await harness.SidecarAsync("cart"));
        await cart.PublishEventAsync("orders", topic, new { orderId = "abandoned" });
        var db = redis.Connection.GetDatabase();
        await db.StreamCreateConsumerGroupAsync(topic, "report", StreamPosition.Beginning);
        var read = Assert.Single(await db.StreamReadGroupAsync(topic, "report", "report-died", StreamPosition.NewMessages));
        await db.ExecuteAsync("XCLAIM", topic, "report", "report-died", 0, read.Id, "IDLE", 3_600_000, "JUSTID");

        var (app, _) = await harness.SubscriberAsync("report", Subscribe(topic));
        await cart.PublishEventAsync("orders", topic, new { orderId = "fresh" });
        var delivered = await app.NextAsync();

        // With redelivery on, the abandoned entry is handed on as the subscription starts (test above);
        // here the fresh one arrives and the abandoned one stays with the consumer that died.
        Assert.Equal("fresh", delivered.Event.GetProperty("data").GetProperty("orderId").GetString());
        Assert.Equal(read.Id, Assert.Single(await db.StreamPendingMessagesAsync(topic, "report", 10, "report-died")).MessageId);
    }

    [Fact]
    public async Task Drop_answer_sends_the_event_to_the_dead_letter_topic()
    {
        await using var harness = PubSubHarness.WithRedis(redis.Host);
        var topic = PubSubHarness.NewTopic("drop");
        object[] subscriptions =
        [
            .. Subscribe(topic, "/orders", deadLetterTopic: topic + "-dead"),
            .. Subscribe(topic + "-dead", "/dead"),
        ];
        var (app, _) = await harness.SubscriberAsync("report", subscriptions, (received, _) =>
            Task.FromResult(SubscriberApp.Status(received.Route == "orders" ? "DROP" : "SUCCESS")));
        await harness.Client(await harness.SidecarAsync("cart")).PublishEventAsync("orders", topic, new { orderId = "o-1" });

        var dropped = await app.NextAsync();
        var deadLettered = await app.NextAsync();

        Assert.Equal("orders", dropped.Route);
        Assert.Equal("dead", deadLettered.Route);
        Assert.Equal(dropped.Id, deadLettered.Id);
        Assert.Equal("o-1", deadLettered.Event.GetProperty("data").GetProperty("orderId").GetString());
    }

    [Fact]
    public async Task Envelope_carries_the_cloud_event_fields_and_the_data()
    {
        await using var harness = PubSubHarness.WithRedis(redis.Host);
        var topic = PubSubHarness.NewTopic("envelope");
        var (app, _) = await harness.SubscriberAsync("report", Subscribe(topic));
        var publisher = await harness.SidecarAsync("cart");
        await harness.Client(publisher).PublishEventAsync("orders", topic, new { orderId = "o-7", amount = 12.5m });
        await PostAsync(publisher, "orders", topic, "plain words", "text/plain");

        // Delivered side by side (concurrency), so in either order.
        var both = await app.NextAsync(2);
        var json = Assert.Single(both, r => r.Event.GetProperty("datacontenttype").GetString() == "application/json");
        var text = Assert.Single(both, r => r.Event.GetProperty("datacontenttype").GetString() == "text/plain");

        Assert.Equal("application/cloudevents+json", json.ContentType);
        var e = json.Event;
        Assert.True(Guid.TryParse(e.GetProperty("id").GetString(), out _));
        Assert.Equal("1.0", e.GetProperty("specversion").GetString());
        Assert.Equal("cart", e.GetProperty("source").GetString());
        Assert.Equal("com.dapr.event.sent", e.GetProperty("type").GetString());
        Assert.Equal(topic, e.GetProperty("topic").GetString());
        Assert.Equal("orders", e.GetProperty("pubsubname").GetString());
        Assert.Equal("application/json", e.GetProperty("datacontenttype").GetString());
        Assert.Matches("^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$", e.GetProperty("traceparent").GetString());
        Assert.True(DateTimeOffset.TryParse(e.GetProperty("time").GetString(), System.Globalization.CultureInfo.InvariantCulture, out _));
        Assert.Equal("o-7", e.GetProperty("data").GetProperty("orderId").GetString());
        Assert.Equal(12.5m, e.GetProperty("data").GetProperty("amount").GetDecimal());
        Assert.Equal("text/plain", text.Event.GetProperty("datacontenttype").GetString());
        Assert.Equal("plain words", text.Event.GetProperty("data").GetString());
    }

    [Fact]
    public async Task Stream_entry_holds_the_cloud_event_in_its_data_field()
    {
        await using var harness = PubSubHarness.WithRedis(redis.Host);
        var topic = PubSubHarness.NewTopic("layout");
        await PostAsync(await harness.SidecarAsync("cart"), "orders", topic, """{"orderId":"o-9"}""");

        var entries = await redis.Connection.GetDatabase().StreamRangeAsync(topic);

        var entry = Assert.Single(entries);
        using var envelope = JsonDocument.Parse((string)entry["data"]!);
        Assert.Equal("o-9", envelope.RootElement.GetProperty("data").GetProperty("orderId").GetString());
        Assert.False(entry["metadata"].IsNull);
    }

    [Fact]
    public async Task Unknown_pubsub_is_refused_clearly_and_the_sidecar_stays_up()
    {
        await using var harness = PubSubHarness.WithRedis(redis.Host);
        var publisher = await harness.SidecarAsync("cart");

        using var content = new StringContent("{}", Encoding.UTF8, "application/json");
        using var response = await Http.PostAsync(new Uri(publisher.HttpEndpoint, "/v1.0/publish/nowhere/orders"), content);
        var grpc = await Assert.ThrowsAsync<DaprException>(() => harness.Client(publisher).PublishEventAsync("nowhere", "orders", new { orderId = "o-1" }));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ERR_PUBSUB_NOT_FOUND", error.RootElement.GetProperty("errorCode").GetString());
        Assert.Equal("pubsub nowhere not found", error.RootElement.GetProperty("message").GetString());
        var rpc = Assert.IsType<RpcException>(grpc.InnerException);
        Assert.Equal(StatusCode.InvalidArgument, rpc.StatusCode);
        await PostAsync(publisher, "orders", PubSubHarness.NewTopic("after-error"), "{}");
    }
}
