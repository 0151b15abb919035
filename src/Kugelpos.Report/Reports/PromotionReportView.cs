namespace Kugelpos.Report.Reports;

/// <summary>The promotion report (the original's <c>PromotionReportDocument</c>).</summary>
public sealed record PromotionReportView : IReportView
{
    /// <summary>The tenant.</summary>
    public required string TenantId { get; init; }

    /// <summary>The store.</summary>
    public required string StoreCode { get; init; }

    /// <summary>The terminal; null for the whole store.</summary>
    public int? TerminalNo { get; init; }

    /// <summary>The business date of a one-date report.</summary>
    public string? BusinessDate { get; init; }

    /// <summary>The first date of a date-range report.</summary>
    public string? BusinessDateFrom { get; init; }

    /// <summary>The last date of a date-range report.</summary>
    public string? BusinessDateTo { get; init; }

    /// <summary>The session reported; null for all.</summary>
    public int? OpenCounter { get; init; }

    /// <summary>The business counter asked for.</summary>
    public int? BusinessCounter { get; init; }

    /// <summary>flash or daily.</summary>
    public required string ReportScope { get; init; }

    /// <summary>promotion.</summary>
    public required string ReportType { get; init; }

    /// <summary>Each promotion, the largest discount first.</summary>
    public required IReadOnlyList<PromotionReportItem> Promotions { get; init; }

    /// <summary>Gross over the promotions.</summary>
    public decimal TotalGrossAmount { get; init; }

    /// <summary>Discount over the promotions.</summary>
    public decimal TotalDiscountAmount { get; init; }

    /// <summary>Net over the promotions.</summary>
    public decimal TotalNetAmount { get; init; }

    /// <summary>Items over the promotions.</summary>
    public int TotalQuantity { get; init; }

    /// <summary>Transactions over the promotions.</summary>
    public int TotalTransactionCount { get; init; }

    /// <inheritdoc />
    public string? ReceiptText { get; init; }

    /// <inheritdoc />
    public string? JournalText { get; init; }
}
