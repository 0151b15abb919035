using System.Text;
using Dapr.Client;
using Kugelpos.Contracts.Serialization;
using Kugelpos.Contracts.Terminals;
using Kugelpos.Dapr.Subscriptions;
using Kugelpos.Sidecar;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace Kugelpos.Dapr.Tests.Subscriptions;

/// <summary>
/// The subscription plumbing behind our local sidecar over a real Redis pub/sub: what the
/// sidecar does with each answer, seen in Redis itself.
/// </summary>
public sealed class SubscriptionSidecarTests(RedisServer redis) : IClassFixture<RedisServer>, IAsyncLifetime
{
    private readonly HandlerScript _script = new();

    // Real time: the sidecar's redelivery and retry waits must pass on their own.
    private readonly SidecarCluster _cluster = new(TimeProvider.System, NullLoggerFactory.Instance);
    private readonly Contracts.PubSub.EventChannel _channel = SubscriberService.NewChannel();
    private readonly string _appId = "report-" + Guid.NewGuid().ToString("N")[..8];
    private ServiceTestHost _service = null!;
    private DaprClient _client = null!;

    private IDatabase Redis => redis.Connection.GetDatabase();

    public async Task InitializeAsync()
    {
        _service = await SubscriberService.StartAsync(_channel, _script, sidecar: new TestSidecar(_appId)
        {
            Resources = PubSubComponent.On(redis),
            Cluster = _cluster,
        });
        _client = new DaprClientBuilder().UseGrpcEndpoint(_service.Sidecar!.GrpcEndpoint.ToString()).Build();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _service.DisposeAsync();
        await _cluster.DisposeAsync();
    }

    private static CashInOutLog Cashlog() => new() { EventId = Guid.NewGuid(), TenantId = "T1", StoreCode = "S1", TerminalNo = 2, Amount = 5m };

    private Task PublishAsync(string wireJson) =>
        _client.PublishByteEventAsync(_channel.PubSubName, _channel.Topic, Encoding.UTF8.GetBytes(wireJson), "application/json");

    // The sidecar acknowledges right after the app's answer; waiting for it is waiting on Redis, not on a clock.
    private async Task<long> PendingWhenSettledAsync()
    {
        var pending = await Redis.StreamPendingAsync(_channel.Topic, _appId);
        for (var i = 0; i < 500 && pending.PendingMessageCount > 0; i++)
        {
            await Task.Delay(20);
            pending = await Redis.StreamPendingAsync(_channel.Topic, _appId);
        }

        return pending.PendingMessageCount;
    }

    [Fact]
    public async Task A_success_is_acknowledged_and_delivered_once()
    {
        var (first, second) = (Cashlog(), Cashlog());

        await PublishAsync(EventJson.Serialize(first));
        await PublishAsync(EventJson.Serialize(second));

        Assert.Equal([first.EventId, second.EventId], [await _script.NextAsync(), await _script.NextAsync()]);
        Assert.Equal(0, await PendingWhenSettledAsync());
        Assert.False(_script.Handled.Reader.TryRead(out var extra), $"{extra} was delivered again after its success");
    }

    [Fact]
    public async Task A_retry_is_delivered_again_until_it_succeeds()
    {
        var evt = Cashlog();
        _script.Then(SubscriptionOutcome.Retry("store down"), SubscriptionOutcome.Retry("store still down"));

        await PublishAsync(EventJson.Serialize(evt));

        Assert.Equal([evt.EventId, evt.EventId, evt.EventId], [await _script.NextAsync(), await _script.NextAsync(), await _script.NextAsync()]);
        Assert.Equal(0, await PendingWhenSettledAsync());
        Assert.Equal(0, await Redis.StreamLengthAsync(_channel.Topic + "-deadletter"));
    }

    [Fact]
    public async Task A_poison_message_is_dropped_onto_the_dead_letter_topic()
    {
        var evt = Cashlog();

        await PublishAsync("""{"tenant_id":"T1","store_code":"S1","terminal_no":2}""");
        await PublishAsync(EventJson.Serialize(evt));

        // The valid event behind it arrives: the poison message did not block the topic.
        Assert.Equal(evt.EventId, await _script.NextAsync());
        Assert.Equal(0, await PendingWhenSettledAsync());
        var deadLetters = await Redis.StreamRangeAsync(_channel.Topic + "-deadletter");
        var deadLetter = Assert.Single(deadLetters);
        Assert.Contains("\"tenant_id\":\"T1\"", deadLetter["data"].ToString(), StringComparison.Ordinal);
        Assert.False(_script.Handled.Reader.TryRead(out _));
    }

    [Fact]
    public async Task A_dropped_event_the_handler_refused_lands_on_the_dead_letter_topic_too()
    {
        var evt = Cashlog();
        _script.Then(SubscriptionOutcome.Drop("unknown store"));

        await PublishAsync(EventJson.Serialize(evt));

        Assert.Equal(evt.EventId, await _script.NextAsync());
        Assert.Equal(0, await PendingWhenSettledAsync());
        Assert.Contains(evt.EventId.ToString(), Assert.Single(await Redis.StreamRangeAsync(_channel.Topic + "-deadletter"))["data"].ToString(), StringComparison.Ordinal);
    }
}
