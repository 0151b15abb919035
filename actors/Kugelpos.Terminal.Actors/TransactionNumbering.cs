using Kugelpos.Actors.Contracts.Terminals;

namespace Kugelpos.Terminal.Actors;

/// <summary>
/// Transaction and receipt numbers, one pair per transaction log (bill, cancel, void, return),
/// as the original's per-terminal counters hand them out.
/// </summary>
/// <remarks>
/// The receipt counter runs without wrapping and the printed receipt number is derived from it
/// and the range, as the original does since its issue #166: the sequence is Start..End, then
/// Start again, and a changed range never yields a number outside it. Ours: numbers are refused
/// unless the terminal is open with someone signed in, so every number belongs to the session
/// the close log counts (the original numbered after a close too, and failed on a missing staff).
/// A keyed request (a bill, void or return, named by its caller) that comes again, after its caller
/// crashed or timed out, gets the numbers it was first given, even after a close: they belong to it.
/// </remarks>
public static class TransactionNumbering
{
    /// <summary>How many keyed requests the terminal remembers; a retry comes long before that many others.</summary>
    public const int KeysKept = 64;

    /// <summary>Hands out the next transaction number and receipt number, or the numbers a request with <paramref name="key"/> was given.</summary>
    public static TerminalDecision Next(TerminalState state, ReceiptNumberRange range, string? key = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(range);
        if (key is not null && state.KeyedNumbers.FirstOrDefault(k => k.Key == key) is { } given)
        {
            return new TerminalDecision { State = state, Numbers = given.Numbers };
        }

        if (state.Status != TerminalStatus.Opened)
        {
            return TerminalRefusals.NotOpened(state, "Transaction numbering");
        }

        if (state.Staff is not { } staff)
        {
            return TerminalRefusals.NotSignedIn(state, "Transaction numbering");
        }

        if (range.Start < 1 || range.End < range.Start)
        {
            return TerminalRefusals.Invalid(state, "receiptRange", $"The receipt number range {range.Start}..{range.End} is not a range of positive numbers.");
        }

        var next = state with
        {
            TransactionCounter = state.TransactionCounter + 1,
            ReceiptCounter = state.ReceiptCounter + 1,
            CartTransactionCount = state.CartTransactionCount + 1,
        };
        var numbers = new TransactionNumbers
        {
            TransactionNo = next.TransactionCounter,
            ReceiptNo = ReceiptNumber(next.ReceiptCounter, range),
            BusinessDate = next.BusinessDate ?? throw new InvalidOperationException("An open terminal has a business date."),
            OpenCounter = next.OpenCounter,
            BusinessCounter = next.BusinessCounter,
            Staff = staff,
        };
        if (key is not null)
        {
            next = next with { KeyedNumbers = [.. state.KeyedNumbers.TakeLast(KeysKept - 1), new KeyedNumbers(key, numbers)] };
        }

        return new TerminalDecision { State = next, Numbers = numbers };
    }

    /// <summary>The printed receipt number of the <paramref name="counter"/>-th receipt (1-based).</summary>
    public static int ReceiptNumber(int counter, ReceiptNumberRange range)
    {
        ArgumentNullException.ThrowIfNull(range);
        var size = (long)range.End - range.Start + 1;
        return (int)(range.Start + ((counter - 1L) % size));
    }
}
