namespace Kugelpos.Report.Journal;

/// <summary>The journal's <c>JournalSchema</c>, as the original's report service fills it for a report.</summary>
internal sealed record JournalEntryRequest
{
    public required string TenantId { get; init; }

    public required string StoreCode { get; init; }

    public required int TerminalNo { get; init; }

    public required int TransactionType { get; init; }

    public required string BusinessDate { get; init; }

    public required int OpenCounter { get; init; }

    public required int BusinessCounter { get; init; }

    public required string GenerateDateTime { get; init; }

    /// <summary>Reports have no receipt number: 0, as the original sends.</summary>
    public int ReceiptNo { get; init; }

    /// <summary>A report is a summary, not a sale: 0, as the original sends.</summary>
    public decimal Amount { get; init; }

    /// <summary>0, as the original sends.</summary>
    public int Quantity { get; init; }

    public required string StaffId { get; init; }

    public string? UserId { get; init; }

    public required string JournalText { get; init; }

    public required string ReceiptText { get; init; }
}
