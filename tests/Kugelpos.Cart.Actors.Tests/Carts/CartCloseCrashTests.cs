using System.Text.Json;
using Kugelpos.Actors.Contracts.Carts;
using Kugelpos.Actors.Contracts.Transactions;
using Kugelpos.Cart.Abstractions;
using Kugelpos.Cart.Actors.Tests.Calculation;
using Kugelpos.Cart.Actors.Tests.Plugins;
using Kugelpos.Cart.Actors.Tests.Support;

namespace Kugelpos.Cart.Actors.Tests.Carts;

/// <summary>
/// A bill or cancel killed between each of its steps, then retried: one number, one log, one event.
/// </summary>
public class CartCloseCrashTests
{
    private readonly FailingReceipt _receipt = new();
    private readonly CartActorFixture _fixture;

    public CartCloseCrashTests() => _fixture = new CartActorFixture { Plugins = new StandardCartPlugins { Receipt = _receipt } };

    /// <summary>Where the work dies, in the order of the steps.</summary>
    public enum CrashPoint
    {
        /// <summary>Before the terminal numbers anything.</summary>
        TerminalUnreachable,

        /// <summary>The terminal numbered it; its answer never came back.</summary>
        TerminalAnswerLost,

        /// <summary>Numbers saved in the cart; rendering the receipt fails.</summary>
        ReceiptFails,

        /// <summary>Numbers saved; the record never reaches the transaction actor.</summary>
        RecordUnreachable,

        /// <summary>The log is stored and in the outbox; the answer never came back, the cart is not closed.</summary>
        RecordAnswerLost,
    }

    public static TheoryData<CartLogKind, CrashPoint> Crashes()
    {
        var crashes = new TheoryData<CartLogKind, CrashPoint>();
        foreach (var kind in Enum.GetValues<CartLogKind>())
        {
            foreach (var point in Enum.GetValues<CrashPoint>())
            {
                crashes.Add(kind, point);
            }
        }

        return crashes;
    }

    [Theory]
    [MemberData(nameof(Crashes))]
    public async Task A_close_killed_at_any_step_and_retried_takes_one_number_and_records_one_log_with_one_event_id(CartLogKind kind, CrashPoint point)
    {
        await SaleInPaymentAsync();
        Arm(point);

        await Assert.ThrowsAnyAsync<Exception>(() => CloseAsync(kind));
        var pendingAfterCrash = StoredCart().PendingLog;
        _fixture.Time.Advance(TimeSpan.FromSeconds(30));
        var reply = await CloseAsync(kind);

        var cart = Assert.IsType<CartDocument>(reply.Cart);
        Assert.Equal(kind == CartLogKind.Bill ? CartState.Completed : CartState.Cancelled, cart.State);
        Assert.Null(cart.PendingLog);
        Assert.Equal(1, _fixture.Neighbours.Terminal.Consumed);
        Assert.Equal(1, _fixture.Neighbours.Transactions.Count);
        var stored = Assert.IsType<Kugelpos.Cart.Actors.Transactions.StoredTransaction>(await _fixture.Neighbours.Transactions.FindAsync(Key));
        var log = stored.Log;
        var outbound = Assert.Single(await _fixture.Neighbours.Outbox(Key).PendingAsync());
        Assert.Equal(log.EventId, outbound.EventId);
        Assert.Equal((1, 1000), (cart.TransactionNo, cart.ReceiptNo));
        Assert.Equal(cart.JournalText, log.JournalText);
        Assert.NotNull(log.JournalText);

        // A crash after the numbers were saved leaves the event id and time the retry logs with.
        if (point >= CrashPoint.ReceiptFails)
        {
            Assert.Equal(kind, pendingAfterCrash?.Kind);
            Assert.Equal(pendingAfterCrash?.EventId, log.EventId);
            Assert.Equal(_fixture.Time.GetUtcNow() - TimeSpan.FromSeconds(30), log.GenerateDateTime);
        }
        else
        {
            Assert.Null(pendingAfterCrash);
        }

        // And the retry after that answers the same transaction.
        var again = await CloseAsync(kind);
        Assert.Equal(JsonSerializer.Serialize(cart), JsonSerializer.Serialize(again.Cart));
    }

    [Fact]
    public async Task While_a_numbered_bill_is_pending_the_cart_takes_no_other_change_and_a_cancel_is_refused()
    {
        await SaleInPaymentAsync();
        _fixture.Neighbours.FailNextRecord = true;
        await Assert.ThrowsAnyAsync<Exception>(() => _fixture.Activate().BillAsync());
        var before = _fixture.StoredJson();

        var payment = await _fixture.Activate().AddPaymentsAsync(new AddPaymentsRequest { Payments = [new CartPaymentEntry { Method = Tenders.Cash, Amount = 10m }] });
        var cancel = await _fixture.Activate().CancelAsync();
        var read = await _fixture.Activate().GetAsync();

        Assert.All([payment.Refusal, cancel.Refusal], r => Assert.Equal((400, CartErrorCodes.InvalidOperation, "status", CartState.Paying), (r?.StatusCode, r?.ErrorCode, r?.Field, r?.State)));
        Assert.Contains("bill again", cancel.Refusal?.Message, StringComparison.Ordinal);
        Assert.Equal(CartLogKind.Bill, read.Cart?.PendingLog?.Kind);
        Assert.Equal(before, _fixture.StoredJson());
        Assert.Equal(CartState.Completed, (await _fixture.Activate().BillAsync()).Cart?.State);
    }

    private static TransactionKey Key { get; } = new("T9999", "5678", 9, 1);

    private void Arm(CrashPoint point)
    {
        switch (point)
        {
            case CrashPoint.TerminalUnreachable:
                _fixture.Neighbours.Terminal.FailNext = true;
                break;
            case CrashPoint.TerminalAnswerLost:
                _fixture.Neighbours.Terminal.LoseNextAnswer = true;
                break;
            case CrashPoint.ReceiptFails:
                _receipt.FailNext = true;
                break;
            case CrashPoint.RecordUnreachable:
                _fixture.Neighbours.FailNextRecord = true;
                break;
            case CrashPoint.RecordAnswerLost:
                _fixture.Neighbours.LoseNextRecordAnswer = true;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(point), point, null);
        }
    }

    private Task<CartReply> CloseAsync(CartLogKind kind) =>
        kind == CartLogKind.Bill ? _fixture.Activate().BillAsync() : _fixture.Activate().CancelAsync();

    private CartDocument StoredCart() => JsonSerializer.Deserialize<CartDocument>(_fixture.StoredJson()!, _fixture.State.JsonOptions)!;

    private async Task SaleInPaymentAsync()
    {
        await _fixture.Activate().CreateAsync(CartActorFixture.Create with { Settings = CartBillTests.ReceiptSettings });
        await _fixture.Activate().AddItemsAsync(new AddItemsRequest { Items = [new CartItemEntry { Item = TestCarts.Item("A", 100m), Quantity = 2 }] });
        await _fixture.Activate().SubtotalAsync();
        await _fixture.Activate().AddPaymentsAsync(new AddPaymentsRequest { Payments = [new CartPaymentEntry { Method = Tenders.Cash, Amount = 1000m }] });
    }
}
