using System.Text;
using Dapr.Client;
using Kugelpos.Actors.Contracts.EventDedup;
using Kugelpos.Contracts.PubSub;
using Kugelpos.Contracts.Serialization;
using Kugelpos.Contracts.Terminals;
using Kugelpos.Dapr.Subscriptions;
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
    private async Task SettledAsync(ServiceTestHost host)
    {
        var group = host.Sidecar!.Options.AppId;
        for (var i = 0; i < 1500; i++)
        {
            var last = (await Redis.StreamRangeAsync(_channel.Topic, "-", "+", 1, Order.Descending)).Single().Id;
            var groups = await Redis.StreamGroupInfoAsync(_channel.Topic);
            var info = groups.SingleOrDefault(g => g.Name == group);
            if (info.Name is not null && info.LastDeliveredId == last && info.PendingMessageCount == 0)
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
    }
}
