using Dapr.Actors;
using Dapr.Actors.Runtime;
using Kugelpos.Actors.Contracts.Terminals;
using Kugelpos.Actors.Contracts.Transactions;
using Kugelpos.Cart.Actors.Transactions;
using Kugelpos.Contracts;
using Kugelpos.Contracts.PubSub;
using Kugelpos.Contracts.Transactions;
using Kugelpos.Dapr;
using Kugelpos.Dapr.Outbox;
using Kugelpos.Testing.Actors;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace Kugelpos.Cart.Actors.Tests.Transactions;

public class TransactionActorTests
{
    private static readonly TransactionKey Key = new("T1", "S01", 1, 7);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
    private readonly InMemoryActorStateStore _state;
    private readonly InMemoryTransactionStore _store = new();
    private readonly Mock<ActorTimerManager> _reminders = new();

    public TransactionActorTests() => _state = new InMemoryActorStateStore(_time);

    private static TransactionLog Sale(Guid eventId) => new()
    {
        EventId = eventId, TenantId = "T1", StoreCode = "S01", TerminalNo = 1, TransactionNo = 7, ReceiptNo = 7,
        TransactionType = TransactionType.NormalSales, Sales = new TransactionSales { TotalAmountWithTax = 1100m },
    };

    [Fact]
    public async Task A_recorded_log_is_stored_and_waits_in_the_outbox_for_report_journal_and_stock()
    {
        var sale = Sale(Guid.NewGuid());

        var reply = await Activate().RecordAsync(sale);

        Assert.Equal(sale, reply.Log);
        var pending = Assert.Single(await Outbox().PendingAsync());
        Assert.Equal(sale.EventId, pending.EventId);
        Assert.Equal(EventChannels.TranlogTopic, pending.Topic);
        Assert.Equal(["report", "journal", "stock"], pending.Services.Select(s => s.ServiceName));
    }

    [Fact]
    public async Task A_retried_record_even_with_another_event_id_answers_the_first_and_publishes_nothing_new()
    {
        var first = Sale(Guid.NewGuid());
        await Activate().RecordAsync(first);

        var again = await Activate().RecordAsync(Sale(Guid.NewGuid()));

        Assert.Equal(first.EventId, again.Log?.EventId);
        Assert.Equal(1, _store.Count);
        Assert.Equal(first.EventId, Assert.Single(await Outbox().PendingAsync()).EventId);
    }

    [Fact]
    public async Task A_log_of_another_transaction_is_refused_and_nothing_is_stored()
    {
        var reply = await Activate().RecordAsync(Sale(Guid.NewGuid()) with { TransactionNo = 8 });

        Assert.Equal(TransactionRefusalCode.InvalidRequest, reply.Refusal?.Code);
        Assert.Equal(0, _store.Count);
    }

    [Fact]
    public async Task A_void_of_a_transaction_not_stored_is_refused_not_found_before_asking_for_numbers()
    {
        var reply = await Activate().VoidAsync(new ReversalRequest { TerminalId = "T1-S01-1", Payments = [] });

        Assert.Equal(TransactionRefusalCode.NotFound, reply.Refusal?.Code);
        Assert.Equal(0, _state.SaveCount);
    }

    [Fact]
    public async Task A_subscribers_report_settles_the_log_and_an_unknown_event_is_not_found()
    {
        var sale = Sale(Guid.NewGuid());
        var actor = Activate();
        await actor.RecordAsync(sale);

        var unknown = await actor.UpdateDeliveryStatusAsync(new DeliveryStatusRequest { EventId = Guid.NewGuid(), Service = "report", Status = "received" });
        var found = await actor.UpdateDeliveryStatusAsync(new DeliveryStatusRequest { EventId = sale.EventId, Service = "report", Status = "received" });

        Assert.False(unknown);
        Assert.True(found);
        Assert.Equal(SubscriberStatus.Received, Assert.Single(await Outbox().PendingAsync()).Services.Single(s => s.ServiceName == "report").Status);
    }

    private ActorOutboxFactory Outboxes() =>
        new(new Mock<IDaprClientHelper>(MockBehavior.Strict).Object, Options.Create(new OutboxOptions()), _time);

    private ActorOutbox Outbox()
    {
        var host = Host();
        return Outboxes().Create(host, _state.ManagerFor(host));
    }

    private ActorHost Host() => ActorHost.CreateForTest<TransactionActor>(new ActorTestOptions { ActorId = new ActorId(Key.ActorId), TimerManager = _reminders.Object });

    // A new instance over the same state, as a (re)activation gets.
    private TransactionActor Activate()
    {
        var host = Host();
        return new TransactionActor(host, _store, _time, Outboxes(), stateManager: _state.ManagerFor(host));
    }
}
