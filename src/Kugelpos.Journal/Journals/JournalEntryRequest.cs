using System.ComponentModel.DataAnnotations;

namespace Kugelpos.Journal.Journals;

/// <summary>The body of <c>POST .../terminals/{terminal_no}/journals</c> (OpenAPI schema <c>JournalSchema</c>).</summary>
public sealed record JournalEntryRequest
{
    /// <summary>The tenant; the path's.</summary>
    [Required(ErrorMessage = "tenantId is required")]
    public string? TenantId { get; init; }

    /// <summary>The store; the path's.</summary>
    [Required(ErrorMessage = "storeCode is required")]
    public string? StoreCode { get; init; }

    /// <summary>The terminal; the path's.</summary>
    [Required(ErrorMessage = "terminalNo is required")]
    public int? TerminalNo { get; init; }

    /// <summary>The original's retired sequence number, ignored.</summary>
    public int? JournalSeqNo { get; init; }

    /// <summary>The transaction number.</summary>
    public int? TransactionNo { get; init; }

    /// <summary>The transaction type code.</summary>
    [Required(ErrorMessage = "transactionType is required")]
    public int? TransactionType { get; init; }

    /// <summary>The business date, YYYYMMDD.</summary>
    [Required(ErrorMessage = "businessDate is required")]
    [RegularExpression("^[0-9]{8}$", ErrorMessage = "businessDate must be YYYYMMDD")]
    public string? BusinessDate { get; init; }

    /// <summary>The open counter.</summary>
    [Required(ErrorMessage = "openCounter is required")]
    public int? OpenCounter { get; init; }

    /// <summary>The business counter.</summary>
    [Required(ErrorMessage = "businessCounter is required")]
    public int? BusinessCounter { get; init; }

    /// <summary>When the entry was generated, an ISO 8601 date and time.</summary>
    [Required(ErrorMessage = "generateDateTime is required")]
    public string? GenerateDateTime { get; init; }

    /// <summary>The receipt number.</summary>
    public int? ReceiptNo { get; init; }

    /// <summary>The amount.</summary>
    public decimal? Amount { get; init; }

    /// <summary>The quantity.</summary>
    public int? Quantity { get; init; }

    /// <summary>The staff member.</summary>
    public string? StaffId { get; init; }

    /// <summary>The user.</summary>
    public string? UserId { get; init; }

    /// <summary>The original's retired content field, ignored.</summary>
    public string? Content { get; init; }

    /// <summary>The journal text.</summary>
    [Required(AllowEmptyStrings = true, ErrorMessage = "journalText is required")]
    public string? JournalText { get; init; }

    /// <summary>The receipt text.</summary>
    [Required(AllowEmptyStrings = true, ErrorMessage = "receiptText is required")]
    public string? ReceiptText { get; init; }
}
