using Kugelpos.DocumentStore;

namespace Kugelpos.Journal.Journals;

/// <summary>
/// One stored journal entry (the original's <c>JournalDocument</c>). Its id comes from the event it was
/// written for, so a redelivered event lands on the same document.
/// </summary>
internal sealed record JournalDocument : IDocument
{
    public required string Id { get; init; }

    public required string TenantId { get; init; }

    public required string StoreCode { get; init; }

    public required int TerminalNo { get; init; }

    public int? TransactionNo { get; init; }

    public required int TransactionType { get; init; }

    /// <summary>YYYYMMDD, so ranges compare as text.</summary>
    public required string BusinessDate { get; init; }

    public required int OpenCounter { get; init; }

    public required int BusinessCounter { get; init; }

    /// <summary>The generation time as the log wrote it.</summary>
    public required string GenerateDateTime { get; init; }

    /// <summary>The generation time as an instant, for the time range filter and sorting.</summary>
    public required DateTime GeneratedAt { get; init; }

    public int? ReceiptNo { get; init; }

    public decimal? Amount { get; init; }

    public int? Quantity { get; init; }

    public string? StaffId { get; init; }

    public string? UserId { get; init; }

    public required string JournalText { get; init; }

    public required string ReceiptText { get; init; }
}
