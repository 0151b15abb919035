using System.Globalization;
using System.Text.Json;
using Dapr.Actors;
using Dapr.Actors.Runtime;
using Kugelpos.Contracts.PubSub;
using Kugelpos.Contracts.Serialization;
using Kugelpos.Contracts.Terminals;
using Kugelpos.Dapr.Outbox;
using Kugelpos.Testing.Actors;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace Kugelpos.Dapr.Tests.Outbox;

public sealed class ActorOutboxTests
{
    private static readonly OutboxOptions Options = new()
    {
        InitialRetryDelay = TimeSpan.FromSeconds(1),
        MaxRetryDelay = TimeSpan.FromSeconds(30),
        RepublishInterval = TimeSpan.FromMinutes(5),
    };

    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2025-01-01T00:00:00Z", CultureInfo.InvariantCulture));
    private readonly InMemoryActorStateStore _store;
    private readonly IActorStateManager _state;
    private readonly ReminderLog _reminders = new();
    private readonly Mock<IDaprClientHelper> _dapr = new();
    private readonly List<(string PubSub, string Topic, JsonElement Payload)> _published = [];
    private readonly ActorOutbox _outbox;
    private DaprResult _publishAnswer = DaprResult.Ok;

    public ActorOutboxTests()
    {
        _dapr
            .Setup(d => d.PublishKugelposEventJsonAsync(
                It.IsAny<string>(), It.IsAny<string>(), It.IsAny<JsonElement>(),
                It.IsAny<IReadOnlyDictionary<string, string>?>(), It.IsAny<CancellationToken>()))
            .Callback<string, string, JsonElement, IReadOnlyDictionary<string, string>?, CancellationToken>(
                (pubsub, topic, payload, _, _) => _published.Add((pubsub, topic, payload.Clone())))
            .ReturnsAsync(() => _publishAnswer);
        var host = ActorHost.CreateForTest<CashDrawerActor>(new ActorTestOptions
        {
            ActorId = new ActorId("T1-S1-1"),
            TimerManager = _reminders.Manager.Object,
        });
        _store = new InMemoryActorStateStore(_time);
        _state = _store.ManagerFor(host);
        _outbox = new ActorOutbox(host, _state, _dapr.Object, Options, _time);
    }

    // What the actor's state holds now, saved or not: the runtime saves it when the call ends.
    private async Task<List<OutboxEntry>?> StoredAsync()
    {
        var stored = await _state.TryGetStateAsync<List<OutboxEntry>>(ActorOutbox.StateKey);
        return stored.HasValue ? stored.Value : null;
    }

    private static CashInOutLog Cashlog() => new()
    {
        EventId = Guid.NewGuid(),
        TenantId = "T1",
        StoreCode = "S1",
        TerminalNo = 1,
        Amount = 100m,
    };

    [Fact]
    public async Task Enqueue_keeps_the_event_in_actor_state_and_wakes_the_relay_without_publishing()
    {
        var evt = Cashlog();

        await _outbox.EnqueueAsync(EventChannels.Cashlog, evt, ["report", "journal"]);

        var entry = Assert.Single((await StoredAsync())!);
        Assert.Equal(evt.EventId, entry.EventId);
        Assert.Equal(DeliveryStatus.Pending, entry.Status);
        Assert.Equal(evt.EventId.ToString(), entry.Payload.GetProperty("event_id").GetString());
        Assert.Equal("T1", entry.Payload.GetProperty("tenant_id").GetString());
        Assert.Empty(_published);
        Assert.Equal((ActorOutbox.ReminderName, TimeSpan.Zero), (_reminders.Current!.Name, _reminders.Current.DueTime));

        // The runtime saves the entry with the actor's own change when the call ends, in one transaction.
        Assert.Equal(0, _store.SaveCount);
    }

    [Fact]
    public async Task An_event_id_already_in_the_outbox_is_not_added_twice()
    {
        var evt = Cashlog();

        await _outbox.EnqueueAsync(EventChannels.Cashlog, evt, ["report"]);
        await _outbox.EnqueueAsync(EventChannels.Cashlog, evt, ["report"]);

        Assert.Single((await StoredAsync())!);
    }

    [Fact]
    public async Task The_relay_publishes_the_wire_payload_and_waits_for_the_subscribers()
    {
        var evt = Cashlog();
        await _outbox.EnqueueAsync(EventChannels.Cashlog, evt, ["report"]);

        await _outbox.RelayAsync();

        var (pubsub, topic, payload) = Assert.Single(_published);
        Assert.Equal((EventChannels.CashlogPubSub, EventChannels.CashlogTopic), (pubsub, topic));
        Assert.Equal(evt.EventId, EventJson.Deserialize<CashInOutLog>(payload).EventId);
        var entry = Assert.Single((await StoredAsync())!);
        Assert.Equal(DeliveryStatus.Published, entry.Status);
        Assert.Equal(Options.RepublishInterval, _reminders.Current!.DueTime);
    }

    [Fact]
    public async Task While_pubsub_refuses_the_relay_backs_off_and_keeps_the_event()
    {
        await _outbox.EnqueueAsync(EventChannels.Cashlog, Cashlog(), ["report"]);
        _publishAnswer = DaprResult.Failure(DaprErrorKind.Transient, "pub/sub down");

        await _outbox.RelayAsync();
        var first = _reminders.Current!.DueTime;
        _time.Advance(first);
        await _outbox.RelayAsync();

        Assert.Equal(TimeSpan.FromSeconds(1), first);
        Assert.Equal(TimeSpan.FromSeconds(2), _reminders.Current!.DueTime);
        var entry = Assert.Single((await StoredAsync())!);
        Assert.Equal((2, "pub/sub down", DeliveryStatus.Pending), (entry.FailedAttempts, entry.LastError, entry.Status));
    }

    [Fact]
    public async Task An_entry_not_due_yet_is_left_alone()
    {
        await _outbox.EnqueueAsync(EventChannels.Cashlog, Cashlog(), ["report"]);
        _publishAnswer = DaprResult.Failure(DaprErrorKind.Transient, "pub/sub down");
        await _outbox.RelayAsync();
        _publishAnswer = DaprResult.Ok;

        await _outbox.RelayAsync();

        Assert.Single(_published);
        Assert.Equal(1, Assert.Single((await StoredAsync())!).FailedAttempts);
    }

    [Fact]
    public async Task An_outage_ends_the_relay_run_and_the_other_entries_wait_untried_for_the_same_attempt()
    {
        await _outbox.EnqueueAsync(EventChannels.Cashlog, Cashlog(), ["report"]);
        await _outbox.EnqueueAsync(EventChannels.Cashlog, Cashlog(), ["report"]);
        await _outbox.EnqueueAsync(EventChannels.Cashlog, Cashlog(), ["report"]);
        _publishAnswer = DaprResult.Failure(DaprErrorKind.Timeout, "pub/sub did not answer");

        await _outbox.RelayAsync();

        Assert.Single(_published);
        var entries = (await StoredAsync())!;
        Assert.Equal([1, 0, 0], entries.Select(e => e.FailedAttempts));
        Assert.All(entries, e => Assert.Equal(entries[0].NextAttemptAt, e.NextAttemptAt));
        Assert.Equal(Options.InitialRetryDelay, _reminders.Current!.DueTime);

        _publishAnswer = DaprResult.Ok;
        _time.Advance(Options.InitialRetryDelay);
        await _outbox.RelayAsync();

        Assert.Equal(4, _published.Count);
        Assert.All((await StoredAsync())!, e => Assert.Equal(DeliveryStatus.Published, e.Status));
    }

    [Fact]
    public async Task A_refusal_of_one_event_does_not_stop_the_others()
    {
        await _outbox.EnqueueAsync(EventChannels.Cashlog, Cashlog(), ["report"]);
        await _outbox.EnqueueAsync(EventChannels.Cashlog, Cashlog(), ["report"]);
        _publishAnswer = DaprResult.Failure(DaprErrorKind.Permanent, "refused");

        await _outbox.RelayAsync();

        Assert.Equal(2, _published.Count);
        Assert.All((await StoredAsync())!, e => Assert.Equal(1, e.FailedAttempts));
    }

    [Theory]
    [InlineData(DaprErrorKind.CircuitOpen, true)]
    [InlineData(DaprErrorKind.Transient, true)]
    [InlineData(DaprErrorKind.Timeout, true)]
    [InlineData(DaprErrorKind.ComponentFailure, true)]
    [InlineData(DaprErrorKind.Permanent, false)]
    [InlineData(DaprErrorKind.Cancelled, false)]
    public void Only_failures_that_say_pubsub_is_out_of_reach_count_as_an_outage(DaprErrorKind kind, bool outage) =>
        Assert.Equal(outage, ActorOutbox.IsOutage(kind));

    [Fact]
    public async Task An_unconfirmed_event_is_published_again_after_the_republish_interval()
    {
        await _outbox.EnqueueAsync(EventChannels.Cashlog, Cashlog(), ["report"]);
        await _outbox.RelayAsync();

        _time.Advance(Options.RepublishInterval);
        await _outbox.RelayAsync();

        Assert.Equal(2, _published.Count);
        Assert.Equal(_published[0].Payload.GetRawText(), _published[1].Payload.GetRawText());
    }

    [Fact]
    public async Task When_every_subscriber_confirmed_the_entry_and_the_reminder_go()
    {
        var evt = Cashlog();
        await _outbox.EnqueueAsync(EventChannels.Cashlog, evt, ["report", "journal"]);
        await _outbox.RelayAsync();

        var partly = await _outbox.UpdateDeliveryStatusAsync(evt.EventId, "report", SubscriberStatus.Received, null);
        var fully = await _outbox.UpdateDeliveryStatusAsync(evt.EventId, "journal", SubscriberStatus.Received, null);

        Assert.Equal(DeliveryStatus.PartiallyDelivered, partly!.Status);
        Assert.Equal(DeliveryStatus.Delivered, fully!.Status);
        Assert.Null(await StoredAsync());
        Assert.Null(_reminders.Current);
    }

    [Fact]
    public async Task A_report_on_an_event_not_in_the_outbox_finds_nothing() =>
        Assert.Null(await _outbox.UpdateDeliveryStatusAsync(Guid.NewGuid(), "report", SubscriberStatus.Received, null));

    [Fact]
    public async Task An_event_nobody_must_confirm_leaves_once_the_sidecar_accepted_it()
    {
        await _outbox.EnqueueAsync(EventChannels.Cashlog, Cashlog(), []);

        await _outbox.RelayAsync();

        Assert.Single(_published);
        Assert.Null(await StoredAsync());
        Assert.Equal(1, _reminders.Removals);
    }

    [Fact]
    public async Task Pending_lists_the_entries_in_the_order_they_were_enqueued()
    {
        var first = Cashlog();
        var second = Cashlog();
        await _outbox.EnqueueAsync(EventChannels.Cashlog, first, ["report"]);
        await _outbox.EnqueueAsync(EventChannels.Cashlog, second, ["report"]);

        Assert.Equal([first.EventId, second.EventId], (await _outbox.PendingAsync()).Select(e => e.EventId));
    }
}
