using Dapr.Actors;
using Dapr.Actors.Runtime;
using Kugelpos.Actors.Contracts.EventDedup;
using Kugelpos.Contracts.PubSub;
using Kugelpos.Contracts.Serialization;
using Kugelpos.Contracts.Terminals;
using Kugelpos.Dapr.Subscriptions;
using Kugelpos.Testing.Actors;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace Kugelpos.EventDedup.Actors.Tests;

/// <summary>The dedup actor's rules over the in-memory actor state store, one actor per event id as the runtime makes them.</summary>
public sealed class EventDedupActorTests
{
    private static readonly string Topic = EventChannels.Cashlog.Topic;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
    private readonly Effects _effects = new();
    private readonly InMemoryActorStateStore _store;
    private readonly SubscriptionHandlers _handlers = new();
    private readonly ServiceProvider _services;

    public EventDedupActorTests()
    {
        _store = new InMemoryActorStateStore(_time);
        _services = new ServiceCollection()
            .AddSingleton(_effects)
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            .BuildServiceProvider();
        _handlers.Add<CashInOutLog, CountingCashlogHandler>(Topic);
    }

    private static CashInOutLog Cashlog() => new() { EventId = Guid.NewGuid(), TenantId = "T1", StoreCode = "S1", TerminalNo = 2, Amount = 5m };

    private EventDedupActor Actor(Guid eventId, IActorStateManager? stateManager = null)
    {
        var host = ActorHost.CreateForTest<EventDedupActor>(EventDedupActorType.For("report"), new ActorTestOptions { ActorId = new ActorId(eventId.ToString("D")) });
        return new EventDedupActor(host, _handlers, _services, _time, Options.Create(new EventDedupOptions()), stateManager ?? _store.ManagerFor(host));
    }

    private Task<DedupReply> DeliverAsync(CashInOutLog evt, IActorStateManager? stateManager = null) =>
        Actor(evt.EventId, stateManager).ApplyAsync(new DedupDelivery(Topic, EventJson.Serialize(evt)));

    [Fact]
    public async Task The_first_delivery_is_applied_and_a_second_is_a_duplicate_the_handler_never_sees()
    {
        var evt = Cashlog();

        var first = await DeliverAsync(evt);
        var second = await DeliverAsync(evt);

        Assert.Equal(DedupVerdict.Applied, first.Verdict);
        Assert.Equal(DedupVerdict.Duplicate, second.Verdict);
        Assert.Equal(1, _effects.RunsOf(evt.EventId));
    }

    [Fact]
    public async Task The_mark_is_kept_for_an_hour_and_then_the_event_runs_its_handler_again()
    {
        var evt = Cashlog();
        await DeliverAsync(evt);

        _time.Advance(TimeSpan.FromMinutes(59));
        var withinTheHour = await DeliverAsync(evt);
        _time.Advance(TimeSpan.FromMinutes(2));
        var after = await DeliverAsync(evt);

        Assert.Equal(DedupVerdict.Duplicate, withinTheHour.Verdict);
        Assert.Equal(DedupVerdict.Applied, after.Verdict);
        Assert.Equal(2, _effects.RunsOf(evt.EventId));
        Assert.Equal(1, _effects.Applied[evt.EventId]);
    }

    [Fact]
    public async Task A_retry_leaves_no_mark_so_the_redelivery_is_applied()
    {
        var evt = Cashlog();
        _effects.Script(SubscriptionOutcome.Retry("the document store is down"));

        var first = await DeliverAsync(evt);
        var second = await DeliverAsync(evt);

        Assert.Equal(new DedupReply(DedupVerdict.Retry, "the document store is down"), first);
        Assert.Equal(DedupVerdict.Applied, second.Verdict);
        Assert.Equal(2, _effects.RunsOf(evt.EventId));
    }

    [Fact]
    public async Task A_drop_leaves_no_mark_so_an_operator_may_replay_it()
    {
        var evt = Cashlog();
        _effects.Script(SubscriptionOutcome.Drop("unknown tenant"));

        var dropped = await DeliverAsync(evt);
        var markedAfterDrop = _store.TryRead<ProcessedMark>(EventDedupActorType.For("report"), new ActorId(evt.EventId.ToString("D")), EventDedupActor.MarkName, out _);
        var replayed = await DeliverAsync(evt);

        Assert.Equal(new DedupReply(DedupVerdict.Drop, "unknown tenant"), dropped);
        Assert.False(markedAfterDrop);
        Assert.Equal(DedupVerdict.Applied, replayed.Verdict);
    }

    [Fact]
    public async Task A_crash_between_the_work_and_the_mark_reruns_the_handler_whose_write_keyed_by_event_id_takes_effect_once()
    {
        var evt = Cashlog();
        var failing = new Mock<IActorStateManager>();
        failing.Setup(m => m.TryGetStateAsync<ProcessedMark>(EventDedupActor.MarkName, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ConditionalValue<ProcessedMark>(false, null!));
        failing.Setup(m => m.SaveStateAsync(It.IsAny<CancellationToken>())).ThrowsAsync(new IOException("the state store went away"));

        await Assert.ThrowsAsync<IOException>(() => DeliverAsync(evt, failing.Object));
        var redelivered = await DeliverAsync(evt);

        Assert.Equal(DedupVerdict.Applied, redelivered.Verdict);
        Assert.Equal(2, _effects.RunsOf(evt.EventId));
        Assert.Equal(1, _effects.Applied[evt.EventId]);
    }

    [Fact]
    public async Task An_event_on_a_topic_without_a_handler_is_dropped_unmarked()
    {
        var evt = Cashlog();
        var actor = Actor(evt.EventId);

        var reply = await actor.ApplyAsync(new DedupDelivery("topic-nobody-maps", EventJson.Serialize(evt)));

        Assert.Equal(DedupVerdict.Drop, reply.Verdict);
        Assert.Contains("topic-nobody-maps", reply.Reason, StringComparison.Ordinal);
        Assert.Equal(0, _effects.RunsOf(evt.EventId));
    }

    [Fact]
    public async Task An_event_the_handlers_contract_refuses_is_dropped_naming_the_field()
    {
        var eventId = Guid.NewGuid();

        var reply = await Actor(eventId).ApplyAsync(new DedupDelivery(Topic, """{"event_id":"not-a-uuid"}"""));

        Assert.Equal(DedupVerdict.Drop, reply.Verdict);
        Assert.Contains("event_id", reply.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_mark_is_written_with_the_configured_ttl()
    {
        var evt = Cashlog();
        await DeliverAsync(evt);

        Assert.True(_store.TryRead<ProcessedMark>(EventDedupActorType.For("report"), new ActorId(evt.EventId.ToString("D")), EventDedupActor.MarkName, out var mark));
        Assert.Equal(new ProcessedMark(Topic, _time.GetUtcNow()), mark);
        _time.Advance(TimeSpan.FromHours(1));
        Assert.False(_store.TryRead<ProcessedMark>(EventDedupActorType.For("report"), new ActorId(evt.EventId.ToString("D")), EventDedupActor.MarkName, out _));
    }

    [Fact]
    public void A_topic_mapped_twice_is_refused_at_start_up()
    {
        var error = Assert.Throws<InvalidOperationException>(() => _handlers.Add<CashInOutLog, CountingCashlogHandler>(Topic));

        Assert.Contains(Topic, error.Message, StringComparison.Ordinal);
    }
}
