using System.Diagnostics.Metrics;
using System.Text;
using System.Text.Json;
using Dapr.Client;
using Kugelpos.Actors.Contracts.EventDedup;
using Kugelpos.Contracts.PubSub;
using Kugelpos.Contracts.Serialization;
using Kugelpos.Contracts.Terminals;
using Kugelpos.Dapr.Subscriptions;
using Kugelpos.Dapr.Subscriptions.DeadLetters;
using Kugelpos.ServiceDefaults.Metrics;
using Kugelpos.ServiceDefaults.Paging;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.DependencyInjection;
using Kugelpos.Sidecar;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace Kugelpos.EventDedup.Actors.Tests;

/// <summary>Subscribers with dedup actors behind our local sidecar, on a real Redis: pub/sub in, the marks in daprd's actor-state layout.</summary>
public sealed class DedupSidecarTests(RedisServer redis) : IClassFixture<RedisServer>, IAsyncLifetime
{
    // Real time: the sidecar's redeliveries must pass on their own.
    private readonly SidecarCluster _cluster = new(TimeProvider.System, NullLoggerFactory.Instance);
    private readonly EventChannel _channel = new(EventChannels.CashlogPubSub, "topic-cashlog-" + Guid.NewGuid().ToString("N")[..8], EventChannels.CashlogRoute);
    private readonly List<ServiceTestHost> _services = [];
    private DaprClient? _client;

    private IDatabase Redis => redis.Connection.GetDatabase();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        foreach (var service in _services)
        {
            await service.DisposeAsync();
        }

        await _cluster.DisposeAsync();
    }

    private async Task<ServiceTestHost> StartAsync(string service, Effects effects)
    {
        var host = await DedupSubscriber.StartAsync(service, _channel, effects, redis, _cluster);
        _services.Add(host);
        _client ??= new DaprClientBuilder().UseGrpcEndpoint(host.Sidecar!.GrpcEndpoint.ToString()).Build();
        return host;
    }

    private static CashInOutLog Cashlog() => new() { EventId = Guid.NewGuid(), TenantId = "T1", StoreCode = "S1", TerminalNo = 2, Amount = 5m };

    private Task PublishAsync(CashInOutLog evt) =>
        _client!.PublishByteEventAsync(_channel.PubSubName, _channel.Topic, Encoding.UTF8.GetBytes(EventJson.Serialize(evt)), "application/json");

    private static string MarkKey(ServiceTestHost host, string service, Guid eventId) =>
        $"{host.Sidecar!.Options.AppId}||{EventDedupActorType.For(service)}||{eventId:D}||{EventDedupActor.MarkName}";

    // Every message of the topic read by the service's consumer group and acknowledged: waiting on Redis, not on a clock.
    private async Task SettledAsync(ServiceTestHost host, string? topic = null)
    {
        topic ??= _channel.Topic;
        var group = host.Sidecar!.Options.AppId;
        for (var i = 0; i < 1500; i++)
        {
            var newest = await Redis.StreamRangeAsync(topic, "-", "+", 1, Order.Descending);
            var info = newest.Length == 0 ? default : (await Redis.StreamGroupInfoAsync(topic)).SingleOrDefault(g => g.Name == group);
            if (info.Name is not null && info.LastDeliveredId == newest[0].Id && info.PendingMessageCount == 0)
            {
                return;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"{group} did not settle the topic");
    }

    [Fact]
    public async Task The_same_event_delivered_five_times_at_once_takes_effect_once_and_leaves_a_mark_for_an_hour()
    {
        var effects = new Effects();
        var report = await StartAsync("report", effects);
        var evt = Cashlog();

        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => PublishAsync(evt)));
        await SettledAsync(report);

        Assert.Equal(1, effects.RunsOf(evt.EventId));
        var ttl = await Redis.KeyTimeToLiveAsync(MarkKey(report, "report", evt.EventId));
        Assert.NotNull(ttl);
        Assert.InRange(ttl.Value.TotalSeconds, 3540, 3600);
    }

    [Fact]
    public async Task Each_delivery_is_counted_by_topic_and_outcome_with_its_latency_from_the_publish_time()
    {
        var effects = new Effects();
        var report = await StartAsync("report", effects);
        var meters = report.Services.GetRequiredService<IMeterFactory>();
        using var processed = new MetricCollector<long>(meters, KugelposMeters.Events, KugelposEventMetrics.ProcessedName);
        using var latency = new MetricCollector<double>(meters, KugelposMeters.Events, KugelposEventMetrics.DeliveryLatencyName);
        using var deadLetters = new MetricCollector<long>(meters, KugelposMeters.Events, KugelposEventMetrics.DeadLettersName);
        var (applied, dropped) = (Cashlog(), Cashlog());
        effects.Script(SubscriptionOutcome.Success, SubscriptionOutcome.Drop("unknown tenant"));

        // One at a time: the sidecar hands a component's messages over concurrently, and the
        // script's outcomes go to the handler's calls in the order they come.
        await PublishAsync(applied);
        await SettledAsync(report);
        await PublishAsync(applied);
        await SettledAsync(report);
        await PublishAsync(dropped);
        await SettledAsync(report);
        await SettledAsync(report, DeadLetterTopics.For(_channel));

        var outcomes = processed.GetMeasurementSnapshot().Select(m => (m.Tags["topic"], m.Tags["outcome"])).ToList();
        Assert.Equal([(_channel.Topic, "success"), (_channel.Topic, "skip"), (_channel.Topic, "dropped")], outcomes);
        Assert.Equal(3, latency.GetMeasurementSnapshot().Count);
        Assert.All(latency.GetMeasurementSnapshot(), m => Assert.Equal(_channel.Topic, m.Tags["topic"]));
        Assert.Equal(DeadLetterTopics.For(_channel), Assert.Single(deadLetters.GetMeasurementSnapshot()).Tags["topic"]);
    }

    [Fact]
    public async Task Report_and_journal_each_apply_an_event_once_through_dedup_actors_of_their_own()
    {
        var (reportEffects, journalEffects) = (new Effects(), new Effects());
        var report = await StartAsync("report", reportEffects);
        var journal = await StartAsync("journal", journalEffects);
        var evt = Cashlog();

        await PublishAsync(evt);
        await PublishAsync(evt);
        await SettledAsync(report);
        await SettledAsync(journal);

        // One type shared by both would place the event's one actor in one of them: the other would see its mark and skip.
        Assert.Equal(1, reportEffects.RunsOf(evt.EventId));
        Assert.Equal(1, journalEffects.RunsOf(evt.EventId));
        Assert.True(await Redis.KeyExistsAsync(MarkKey(report, "report", evt.EventId)));
        Assert.True(await Redis.KeyExistsAsync(MarkKey(journal, "journal", evt.EventId)));
    }

    [Fact]
    public async Task A_retry_through_the_dedup_actor_is_delivered_again_and_then_applied()
    {
        var effects = new Effects();
        var report = await StartAsync("report", effects);
        var evt = Cashlog();
        effects.Script(SubscriptionOutcome.Retry("the document store is down"));

        await PublishAsync(evt);

        Assert.Equal(evt.EventId, await effects.NextRunAsync());
        Assert.Equal(evt.EventId, await effects.NextRunAsync());
        await SettledAsync(report);
        Assert.Equal(2, effects.RunsOf(evt.EventId));
        Assert.Equal(1, effects.Applied[evt.EventId]);
        Assert.True(await Redis.KeyExistsAsync(MarkKey(report, "report", evt.EventId)));
    }

    [Fact]
    public async Task A_drop_through_the_dedup_actor_lands_on_the_dead_letter_topic_unmarked()
    {
        var effects = new Effects();
        var report = await StartAsync("report", effects);
        var evt = Cashlog();
        effects.Script(SubscriptionOutcome.Drop("unknown tenant"));

        await PublishAsync(evt);
        await SettledAsync(report);

        Assert.Contains(evt.EventId.ToString(), Assert.Single(await Redis.StreamRangeAsync(DeadLetterTopics.For(_channel)))["data"].ToString(), StringComparison.Ordinal);
        Assert.False(await Redis.KeyExistsAsync(MarkKey(report, "report", evt.EventId)));
        await SettledAsync(report, DeadLetterTopics.For(_channel));
        using var response = await report.SendAsync(HttpMethod.Get, "/api/v1/tenants/T1/dead-letters", bearer: report.UserToken("T1"));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var letter = Assert.Single(body.RootElement.GetProperty("data").EnumerateArray());
        Assert.Equal(evt.EventId.ToString("D"), letter.GetProperty("eventId").GetString());
        Assert.Equal(DeadLetterTopics.For(_channel), letter.GetProperty("topic").GetString());
        Assert.Equal(evt.EventId, EventJson.Deserialize<CashInOutLog>(letter.GetProperty("data").GetString()!).EventId);
    }

    [Fact]
    public async Task A_poison_message_without_a_tenant_is_kept_apart_and_never_shown_to_a_tenant()
    {
        var report = await StartAsync("report", new Effects());

        await _client!.PublishByteEventAsync(_channel.PubSubName, _channel.Topic, Encoding.UTF8.GetBytes("""{"amount":5}"""), "application/json");
        await SettledAsync(report);
        await SettledAsync(report, DeadLetterTopics.For(_channel));

        using var response = await report.SendAsync(HttpMethod.Get, "/api/v1/tenants/T1/dead-letters", bearer: report.UserToken("T1"));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Empty(body.RootElement.GetProperty("data").EnumerateArray());
        var (kept, total) = await report.Services.GetRequiredService<DeadLetterBox>().ListAsync(DeadLetterBox.NoTenant, PageQuery.Default, CancellationToken.None);
        Assert.Equal(1, total);
        Assert.Equal("""{"amount":5}""", Assert.Single(kept).Data);
    }
}
