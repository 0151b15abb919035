using System.Text.Json;
using Kugelpos.Sidecar.Resources;
using Kugelpos.Sidecar.Tests.Fixtures;
using Kugelpos.Sidecar.Tests.PubSub;

namespace Kugelpos.Sidecar.Tests.Resources;

/// <summary>
/// The shipped components/redis resources on a real Redis: the seed's databases and TTLs, each
/// app's own store, and every subscriber app receiving every transaction log.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class ShippedRedisResourcesTests(RedisServer redis) : IAsyncLifetime
{
    private readonly PubSubHarness _harness = PubSubHarness.Over(RedisResources.Retarget(ShippedResourcesTests.Folder("redis"), redis.Host));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task Report_journal_and_stock_each_receive_every_transaction_log_from_the_cart()
    {
        var topic = PubSubHarness.NewTopic("topic-tranlog");
        object[] subscriptions = [new Dictionary<string, string> { ["pubsubname"] = "pubsub-tranlog-report", ["topic"] = topic, ["route"] = "/api/v1/tranlog" }];
        var apps = new List<SubscriberApp>();
        foreach (var appId in new[] { "report", "journal", "stock" })
        {
            apps.Add((await _harness.SubscriberAsync(appId, subscriptions)).App);
        }

        var cart = _harness.Client(await _harness.SidecarAsync("cart"));
        await cart.PublishEventAsync("pubsub-tranlog-report", topic, new { event_id = "e-1", total_amount_with_tax = 1100m });

        foreach (var app in apps)
        {
            var received = await app.NextAsync();
            Assert.Equal("api/v1/tranlog", received.Route);
            Assert.Equal("e-1", received.Event.GetProperty("data").GetProperty("event_id").GetString());
        }

        var groups = await redis.Connection.GetDatabase().StreamGroupInfoAsync(topic);
        Assert.Equal(["journal", "report", "stock"], groups.Select(g => g.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Each_store_keeps_the_seeds_database_and_ttl()
    {
        var report = _harness.Client(await _harness.SidecarAsync("report"));
        var terminal = _harness.Client(await _harness.SidecarAsync("terminal"));

        await report.SaveStateAsync("statestore", "event-1", new { processed = true });
        await terminal.SaveStateAsync("terminalstore", "T9999-1-1", new { counter = 1 });

        var statestore = redis.Connection.GetDatabase(1);
        var terminalstore = redis.Connection.GetDatabase(3);
        Assert.InRange((await statestore.KeyTimeToLiveAsync("report||event-1"))!.Value.TotalSeconds, 3500, 3600);
        Assert.True(await terminalstore.KeyExistsAsync("terminal||T9999-1-1"));
        Assert.Null(await terminalstore.KeyTimeToLiveAsync("terminal||T9999-1-1"));
        var data = await terminalstore.HashGetAsync("terminal||T9999-1-1", "data");
        Assert.Equal(1, JsonDocument.Parse(data.ToString()).RootElement.GetProperty("counter").GetInt32());
    }

    [Fact]
    public async Task An_app_cannot_reach_another_apps_store()
    {
        var report = _harness.Client(await _harness.SidecarAsync("report"));

        var error = await Assert.ThrowsAsync<global::Dapr.DaprException>(() => report.SaveStateAsync("cartstore", "cart-1", new { items = 1 }));

        Assert.Contains("cartstore", error.InnerException?.Message ?? error.Message, StringComparison.Ordinal);
        Assert.False(await redis.Connection.GetDatabase(2).KeyExistsAsync("report||cart-1"));
    }
}
