namespace Kugelpos.Actors.Contracts.Terminals;

/// <summary>A request for the next transaction and receipt numbers.</summary>
public sealed record TransactionNumbersRequest
{
    /// <summary>The range receipt numbers run in (the tenant's RECEIPT_NO_START_VALUE..END_VALUE).</summary>
    public required ReceiptNumberRange ReceiptRange { get; init; }

    /// <summary>
    /// Names the transaction the numbers are for (e.g. the cart id of a bill, or
    /// <c>void:{transaction id}:{n}</c>); a repeated request with the same key answers the numbers
    /// it was first given, so a caller that crashed after asking never consumes a second pair.
    /// Null: every request takes new numbers.
    /// </summary>
    public string? Key { get; init; }
}
