using Kugelpos.Actors.Contracts.Terminals;

namespace Kugelpos.Actors.Contracts.Transactions;

/// <summary>A void or a return of the transaction the actor stands for.</summary>
public sealed record ReversalRequest
{
    /// <summary>The original's default receipt range, which its void and return number within.</summary>
    public static ReceiptNumberRange DefaultReceiptRange { get; } = new() { Start = 1, End = 9999 };

    /// <summary>The terminal (<c>{tenant}-{store}-{no}</c>) making it, whose numbers and session the new log takes.</summary>
    public required string TerminalId { get; init; }

    /// <summary>The payments paid back; a void's must match the original's per payment code.</summary>
    public required IReadOnlyList<ReversalPayment> Payments { get; init; }

    /// <summary>The receipt number range.</summary>
    public ReceiptNumberRange ReceiptRange { get; init; } = DefaultReceiptRange;
}
