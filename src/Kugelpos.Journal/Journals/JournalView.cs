namespace Kugelpos.Journal.Journals;

/// <summary>A journal entry as the API shows it (OpenAPI schema <c>JournalSchema</c>).</summary>
public sealed record JournalView
{
    /// <summary>The tenant.</summary>
    public required string TenantId { get; init; }

    /// <summary>The store.</summary>
    public required string StoreCode { get; init; }

    /// <summary>The terminal.</summary>
    public required int TerminalNo { get; init; }

    /// <summary>The original's retired sequence number, always -1.</summary>
    public int? JournalSeqNo { get; init; } = -1;

    /// <summary>The transaction number, for transaction logs.</summary>
    public int? TransactionNo { get; init; }

    /// <summary>The transaction type code (101 sale, -101 cancelled sale, 301 open, 401 cash in...).</summary>
    public required int TransactionType { get; init; }

    /// <summary>The business date, YYYYMMDD.</summary>
    public required string BusinessDate { get; init; }

    /// <summary>The terminal's open counter.</summary>
    public required int OpenCounter { get; init; }

    /// <summary>The terminal's business counter.</summary>
    public required int BusinessCounter { get; init; }

    /// <summary>When the log was generated.</summary>
    public required string GenerateDateTime { get; init; }

    /// <summary>The receipt number, for transaction logs.</summary>
    public int? ReceiptNo { get; init; }

    /// <summary>The total with tax, or the cash moved.</summary>
    public decimal? Amount { get; init; }

    /// <summary>The total quantity.</summary>
    public int? Quantity { get; init; }

    /// <summary>The staff member.</summary>
    public string? StaffId { get; init; }

    /// <summary>The user.</summary>
    public string? UserId { get; init; }

    /// <summary>The original's retired content field, with its fixed text.</summary>
    public string? Content { get; init; } = "please refer to journal_text.";

    /// <summary>The journal text.</summary>
    public required string JournalText { get; init; }

    /// <summary>The receipt text.</summary>
    public required string ReceiptText { get; init; }

    internal static JournalView From(JournalDocument document) => new()
    {
        TenantId = document.TenantId,
        StoreCode = document.StoreCode,
        TerminalNo = document.TerminalNo,
        TransactionNo = document.TransactionNo,
        TransactionType = document.TransactionType,
        BusinessDate = document.BusinessDate,
        OpenCounter = document.OpenCounter,
        BusinessCounter = document.BusinessCounter,
        GenerateDateTime = document.GenerateDateTime,
        ReceiptNo = document.ReceiptNo,
        Amount = document.Amount,
        Quantity = document.Quantity,
        StaffId = document.StaffId,
        UserId = document.UserId,
        JournalText = document.JournalText,
        ReceiptText = document.ReceiptText,
    };
}
