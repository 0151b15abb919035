namespace Kugelpos.Actors.Contracts.Terminals;

/// <summary>
/// The configured receipt number range (the original's <c>RECEIPT_NO_START_VALUE</c> and
/// <c>RECEIPT_NO_END_VALUE</c> settings); receipt numbers wrap from the end back to the start.
/// </summary>
public sealed record ReceiptNumberRange
{
    /// <summary>First receipt number, at least 1.</summary>
    public required int Start { get; init; }

    /// <summary>Last receipt number before wrapping, not below <see cref="Start"/>.</summary>
    public required int End { get; init; }
}
