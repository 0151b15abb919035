using Dapr.Actors;
using Kugelpos.Actors.Contracts.Transactions;
using Kugelpos.Cart.Actors.Tests.Support;
using Kugelpos.Cart.Actors.Transactions;
using Kugelpos.Contracts;
using Kugelpos.Contracts.Transactions;
using Kugelpos.Testing.Actors;
using Microsoft.Extensions.Time.Testing;

namespace Kugelpos.Cart.Actors.Tests.Transactions;

/// <summary>
/// A transaction actor's state over a store with the cartstore's default TTL of ten hours
/// (components/redis/cartstore.yaml), on fake time: what still matters outlives it.
/// </summary>
public class TransactionStateTtlTests
{
    private static readonly TimeSpan CartStoreTtl = TimeSpan.FromSeconds(36000);
    private static readonly TimeSpan Later = TimeSpan.FromDays(30);
    private static readonly TransactionKey Key = new("T1", "S01", 1, 7);
    private static readonly ReversalPayment[] Cash = [new() { PaymentCode = "01", Amount = 1100m }];

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
    private readonly InMemoryActorStateStore _state;
    private readonly ActorNeighbours _neighbours;

    public TransactionStateTtlTests()
    {
        _state = new InMemoryActorStateStore(_time, defaultTtl: CartStoreTtl);
        _neighbours = new ActorNeighbours(_time, _state);
    }

    private static TransactionLog Sale { get; } = new()
    {
        EventId = Guid.NewGuid(), TenantId = "T1", StoreCode = "S01", TerminalNo = 1, TransactionNo = 7, ReceiptNo = 7,
        TransactionType = TransactionType.NormalSales, Sales = new TransactionSales { TotalAmountWithTax = 1100m },
        Payments = [new TransactionPayment { PaymentNo = 1, PaymentCode = "01", Amount = 1100m, DepositAmount = 1100m }],
    };

    private static ReversalRequest Request => new() { TerminalId = "T1-S01-1", Payments = Cash };

    [Fact]
    public async Task A_log_no_subscriber_confirmed_still_waits_in_the_outbox_long_after_the_stores_ten_hours()
    {
        await _neighbours.TransactionActor(Key).RecordAsync(Sale);

        _time.Advance(Later);

        Assert.Equal(Sale.EventId, Assert.Single(await _neighbours.Outbox(Key).PendingAsync()).EventId);
        Assert.Equal(Sale.EventId, Stored()?.RecordedEventId);
    }

    [Fact]
    public async Task A_void_interrupted_before_its_log_was_recorded_is_finished_by_a_retry_long_after_the_stores_ten_hours()
    {
        await _neighbours.TransactionActor(Key).RecordAsync(Sale);
        _neighbours.FailNextRecord = true;
        await Assert.ThrowsAnyAsync<Exception>(() => _neighbours.TransactionActor(Key).VoidAsync(Request));
        var accepted = Stored()?.Pending ?? throw new InvalidOperationException("The void was not saved as pending.");

        _time.Advance(Later);
        var reply = await _neighbours.TransactionActor(Key).VoidAsync(Request);

        // The same void: its event id and time, and the numbers it was first given.
        Assert.Equal((accepted.EventId, accepted.AcceptedAt), (reply.Log?.EventId, reply.Log?.GenerateDateTime));
        Assert.Equal((1, 1), (_neighbours.Terminal.Consumed, reply.Log?.TransactionNo));
    }

    [Fact]
    public async Task A_sale_whose_return_was_undone_is_returned_again_long_after_the_stores_ten_hours_under_new_numbers()
    {
        await _neighbours.TransactionActor(Key).RecordAsync(Sale);
        var first = await _neighbours.TransactionActor(Key).ReturnAsync(Request);
        var status = (await _neighbours.Transactions.FindAsync(Key))!.Status;

        // As a void of the return does: the sale is no longer refunded.
        await _neighbours.Transactions.SaveStatusAsync(Key, status with { IsRefunded = false, ReturnTransactionNo = null });
        _time.Advance(Later);
        var again = await _neighbours.TransactionActor(Key).ReturnAsync(Request);

        Assert.Equal(1, first.Log?.TransactionNo);
        Assert.Equal((TransactionType.ReturnSales, 2), (again.Log?.TransactionType, again.Log?.TransactionNo));
        Assert.NotEqual(first.Log?.EventId, again.Log?.EventId);
    }

    private TransactionActorState? Stored() =>
        _state.TryRead<TransactionActorState>(TransactionActorType.Name, new ActorId(Key.ActorId), TransactionActor.StateName, out var state) ? state : null;
}
