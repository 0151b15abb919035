using Kugelpos.Actors.Contracts.Terminals;
using static Kugelpos.Terminal.Actors.Tests.TerminalStates;

namespace Kugelpos.Terminal.Actors.Tests;

public class KeyedTransactionNumberingTests
{
    private static readonly ReceiptNumberRange Receipts = new() { Start = 1, End = 9999 };
    private readonly TerminalStates _terminals = new();

    [Fact]
    public void A_repeated_key_gets_the_numbers_it_was_given_and_uses_none()
    {
        var first = TransactionNumbering.Next(_terminals.Opened(), Receipts, "void:T1-S01-1-7:1");

        var again = TransactionNumbering.Next(first.State, Receipts, "void:T1-S01-1-7:1");

        Assert.Equal(first.Numbers, again.Numbers);
        Assert.Same(first.State, again.State);
        Assert.Equal(1, again.State.TransactionCounter);
    }

    [Fact]
    public void Another_key_or_no_key_takes_the_next_numbers()
    {
        var state = Accepted(TransactionNumbering.Next(_terminals.Opened(), Receipts, "cart-a"));

        var other = TransactionNumbering.Next(state, Receipts, "cart-b");
        var unkeyed = TransactionNumbering.Next(other.State, Receipts);

        Assert.Equal(2, other.Numbers!.TransactionNo);
        Assert.Equal(3, unkeyed.Numbers!.TransactionNo);
    }

    [Fact]
    public void A_keyed_retry_after_the_close_still_gets_its_numbers()
    {
        var numbered = TransactionNumbering.Next(_terminals.Opened(), Receipts, "cart-a");
        var closed = Accepted(TerminalLifecycle.Close(numbered.State, new CloseTerminalRequest()));

        var again = TransactionNumbering.Next(closed, Receipts, "cart-a");

        Assert.Null(again.Refusal);
        Assert.Equal(numbered.Numbers, again.Numbers);
    }

    [Fact]
    public void The_terminal_remembers_only_the_latest_keys()
    {
        var state = _terminals.Opened();
        for (var i = 0; i <= TransactionNumbering.KeysKept; i++)
        {
            state = Accepted(TransactionNumbering.Next(state, Receipts, $"cart-{i}"));
        }

        Assert.Equal(TransactionNumbering.KeysKept, state.KeyedNumbers.Count);
        Assert.DoesNotContain(state.KeyedNumbers, k => k.Key == "cart-0");
        Assert.Equal($"cart-{TransactionNumbering.KeysKept}", state.KeyedNumbers[^1].Key);
    }
}
