namespace Kugelpos.Report.Reports;

/// <summary>
/// The category report (the original's <c>CategoryReportDocument</c>) and the item report (its
/// <c>ItemReportDocument</c>): the reported lines by category, each category as
/// <typeparamref name="TCategory"/> says (its totals, or its items too), and the totals over them.
/// </summary>
/// <typeparam name="TCategory">What a category answers: <see cref="CategoryReportItem"/> or <see cref="CategoryWithItems"/>.</typeparam>
public sealed record LineReportView<TCategory> : IReportView
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

    /// <summary>Each category, by code.</summary>
    public required IReadOnlyList<TCategory> Categories { get; init; }

    /// <summary>Gross over the categories.</summary>
    public decimal TotalGrossAmount { get; init; }

    /// <summary>Discounts over the categories.</summary>
    public decimal TotalDiscountAmount { get; init; }

    /// <summary>Net over the categories.</summary>
    public decimal TotalNetAmount { get; init; }

    /// <summary>Items over the categories.</summary>
    public int TotalQuantity { get; init; }

    /// <summary>Discounted items over the categories.</summary>
    public int TotalDiscountQuantity { get; init; }

    /// <summary>Lines over the categories.</summary>
    public int TotalTransactionCount { get; init; }

    /// <inheritdoc />
    public string? ReceiptText { get; init; }

    /// <inheritdoc />
    public string? JournalText { get; init; }
}
