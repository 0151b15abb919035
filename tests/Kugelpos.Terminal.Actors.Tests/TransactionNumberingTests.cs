using Kugelpos.Actors.Contracts.Terminals;
using static Kugelpos.Terminal.Actors.Tests.TerminalStates;

namespace Kugelpos.Terminal.Actors.Tests;

public class TransactionNumberingTests
{
    private static readonly ReceiptNumberRange Receipts = new() { Start = 1, End = 9999 };
    private readonly TerminalStates _terminals = new();

    [Fact]
    public void Numbers_start_at_one_and_carry_the_session_and_the_staff()
    {
        var numbers = TransactionNumbering.Next(_terminals.Opened(), Receipts).Numbers;

        Assert.Equal(
            new TransactionNumbers
            {
                TransactionNo = 1,
                ReceiptNo = 1,
                BusinessDate = new DateOnly(2026, 11, 30),
                OpenCounter = 1,
                BusinessCounter = 1,
                Staff = new SignedInStaff { StaffId = "S001", StaffName = "Alice" },
            },
            numbers);
    }

    [Fact]
    public void Receipt_numbers_wrap_from_the_end_of_the_range_back_to_its_start()
    {
        var range = new ReceiptNumberRange { Start = 8, End = 10 };
        var state = _terminals.Opened();
        var handedOut = new List<(int Transaction, int Receipt)>();
        for (var i = 0; i < 5; i++)
        {
            var decision = TransactionNumbering.Next(state, range);
            state = decision.State;
            handedOut.Add((decision.Numbers!.TransactionNo, decision.Numbers.ReceiptNo));
        }

        Assert.Equal([(1, 8), (2, 9), (3, 10), (4, 8), (5, 9)], handedOut);
    }

    [Fact]
    public void A_narrowed_range_still_yields_a_receipt_number_inside_it()
    {
        var state = _terminals.Opened() with { ReceiptCounter = 12345 };

        var numbers = TransactionNumbering.Next(state, new ReceiptNumberRange { Start = 100, End = 199 }).Numbers;

        Assert.InRange(numbers!.ReceiptNo, 100, 199);
    }

    [Fact]
    public void Transaction_numbers_keep_counting_across_sessions()
    {
        var first = Accepted(TransactionNumbering.Next(_terminals.Opened(), Receipts));
        var closed = Accepted(TerminalLifecycle.Close(first, new CloseTerminalRequest()));
        var reopened = Accepted(_terminals.Lifecycle.Open(closed, new OpenTerminalRequest()));

        var numbers = TransactionNumbering.Next(reopened, Receipts).Numbers;

        Assert.Equal(2, numbers!.TransactionNo);
        Assert.Equal(2, numbers.ReceiptNo);
        Assert.Equal(2, numbers.OpenCounter);
    }

    [Fact]
    public void The_snapshot_counts_the_sessions_transactions_and_names_its_last_number()
    {
        var state = _terminals.Opened();
        state = Accepted(TransactionNumbering.Next(state, Receipts));
        state = Accepted(TransactionNumbering.Next(state, Receipts));

        var snapshot = TerminalSnapshots.From("A1234-S01-1", state);

        Assert.Equal(2, snapshot.CartTransactionCount);
        Assert.Equal(2, snapshot.CartTransactionLastNo);
    }

    [Fact]
    public void A_session_without_transactions_has_no_last_number()
    {
        var snapshot = TerminalSnapshots.From("A1234-S01-1", _terminals.Opened() with { TransactionCounter = 7 });

        Assert.Equal(0, snapshot.CartTransactionCount);
        Assert.Null(snapshot.CartTransactionLastNo);
    }

    [Fact]
    public void Numbers_are_refused_while_the_terminal_is_closed_and_none_is_used()
    {
        var closed = _terminals.Closed();

        var refusal = Refused(TransactionNumbering.Next(closed, Receipts), closed);

        Assert.Equal(TerminalRefusalCode.NotOpened, refusal.Code);
        Assert.Equal(TerminalStatus.Closed, refusal.Status);
    }

    [Fact]
    public void Numbers_are_refused_with_nobody_signed_in()
    {
        var unattended = Accepted(TerminalLifecycle.SignOut(_terminals.Opened()));

        var refusal = Refused(TransactionNumbering.Next(unattended, Receipts), unattended);

        Assert.Equal(TerminalRefusalCode.NotSignedIn, refusal.Code);
    }

    [Theory]
    [InlineData(0, 10)]
    [InlineData(10, 9)]
    public void A_range_that_is_not_one_of_positive_numbers_is_refused(int start, int end)
    {
        var opened = _terminals.Opened();

        var refusal = Refused(TransactionNumbering.Next(opened, new ReceiptNumberRange { Start = start, End = end }), opened);

        Assert.Equal(TerminalRefusalCode.InvalidRequest, refusal.Code);
        Assert.Equal("receiptRange", refusal.Field);
    }
}
