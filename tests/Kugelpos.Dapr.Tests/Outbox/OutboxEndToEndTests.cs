using Dapr.Actors;
using Dapr.Actors.Client;
using Kugelpos.Contracts.PubSub;
using Kugelpos.Dapr.Actors;
using Kugelpos.Dapr.Outbox;
using Kugelpos.Dapr.Tests.Subscriptions;
using Kugelpos.ServiceDefaults;
using Kugelpos.Sidecar;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kugelpos.Dapr.Tests.Outbox;

/// <summary>
/// The outbox end to end: an actor changes its state and enqueues an event while the pub/sub
/// Redis is down, the publisher (app and sidecar) is restarted, and the event reaches the
/// subscriber once. Actor state lives on a Redis that stays up; every app and sidecar runs on one
/// fake clock, so the relay's backoff passes only when the test moves it.
/// </summary>
public sealed class OutboxEndToEndTests : IAsyncLifetime
{
    private readonly RedisServer _stateRedis = new();
    private readonly RedisServer _pubsubThatDies = new();
    private readonly RedisServer _pubsub = new();
    private readonly FakeClock _clock = new();
    private readonly EventChannel _channel = SubscriberService.NewChannel();
    private readonly string _publisherId = "terminal-" + Guid.NewGuid().ToString("N")[..8];
    private SidecarCluster _cluster = null!;

    public async Task InitializeAsync()
    {
        await Task.WhenAll(_stateRedis.InitializeAsync(), _pubsubThatDies.InitializeAsync(), _pubsub.InitializeAsync());
        _cluster = new SidecarCluster(_clock, NullLoggerFactory.Instance);
    }

    public async Task DisposeAsync()
    {
        await _cluster.DisposeAsync();
        await Task.WhenAll(_stateRedis.DisposeAsync(), _pubsubThatDies.DisposeAsync(), _pubsub.DisposeAsync());
    }

    private Task<ServiceTestHost> StartPublisherAsync(RedisServer pubsub, CashDrawerProbe probe) => ServiceTestHost.StartAsync(
        builder =>
        {
            builder.AddServiceDefaults("publisher");
            builder.AddKugelposActors(options => options.Actors.RegisterActor<CashDrawerActor>(CashDrawerActor.TypeName));
            builder.Services.AddSingleton(new CashDrawerSettings(_channel, ["report"]));
            builder.Services.AddSingleton(probe);
        },
        app =>
        {
            app.MapServiceDefaults();
            app.MapKugelposActors();
        },
        // The outbox is the retry loop here; the helper's own retries would wait on the fake clock.
        new Dictionary<string, string?> { ["Kugelpos:Dapr:MaxAttempts"] = "1" },
        configure: builder => builder.Services.AddSingleton<TimeProvider>(_clock),
        sidecar: new TestSidecar(_publisherId)
        {
            ActorStore = ActorStore.OnRedis(_stateRedis),
            Resources = PubSubComponent.On(pubsub),
            AppToken = SubscriberService.AppToken,
            Cluster = _cluster,
        });

    private static ICashDrawerActor Drawer(ServiceTestHost publisher) =>
        new ActorProxyFactory(new ActorProxyOptions { HttpEndpoint = publisher.Sidecar!.HttpEndpoint.ToString().TrimEnd('/') })
            .CreateActorProxy<ICashDrawerActor>(new ActorId("T1-S1-1"), CashDrawerActor.TypeName);

    [Fact]
    public async Task An_event_enqueued_while_pubsub_is_down_is_delivered_once_after_a_restart()
    {
        var eventId = Guid.NewGuid();
        var probe = new CashDrawerProbe();

        // The pub/sub Redis dies; the state change and its event are still saved together.
        await using (var publisher = await StartPublisherAsync(_pubsubThatDies, probe))
        {
            await _pubsubThatDies.DisposeAsync();
            await Drawer(publisher).PutInAsync(eventId, 10m);

            var afterFailure = Assert.Single(await probe.NextRelayAsync());
            Assert.Equal((eventId, DeliveryStatus.Pending, 1), (afterFailure.EventId, afterFailure.Status, afterFailure.FailedAttempts));
            Assert.Equal(10m, await Drawer(publisher).BalanceAsync());
        }

        var script = new HandlerScript();
        await using var subscriber = await SubscriberService.StartAsync(_channel, script, sidecar: new TestSidecar("report-" + Guid.NewGuid().ToString("N")[..8])
        {
            Resources = PubSubComponent.On(_pubsub),
            Cluster = _cluster,
        });

        // The whole publisher comes back, its pub/sub up again; the backoff's first second passes.
        await using var restarted = await StartPublisherAsync(_pubsub, probe);
        _clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(DeliveryStatus.Published, Assert.Single(await probe.NextRelayAsync()).Status);
        Assert.Equal(eventId, await script.NextAsync());

        // The subscriber's confirmation settles it; an event behind it shows nothing came twice.
        var drawer = Drawer(restarted);
        await drawer.ConfirmAsync(eventId, "report");
        var marker = Guid.NewGuid();
        await drawer.PutInAsync(marker, 1m);

        Assert.Equal(marker, await script.NextAsync());
        Assert.False(script.Handled.Reader.TryRead(out var extra), $"{extra} was delivered more than once");
        Assert.Equal(11m, await drawer.BalanceAsync());
    }
}
