namespace Kugelpos.Report.Reports;

/// <summary>The payment report (the original's <c>PaymentReportDocument</c>).</summary>
public sealed record PaymentReportView : IReportView
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

    /// <summary>payment.</summary>
    public required string ReportType { get; init; }

    /// <summary>Each method, the largest amount first.</summary>
    public required IReadOnlyList<PaymentSummaryItem> PaymentSummary { get; init; }

    /// <summary>The totals.</summary>
    public required PaymentTotal Total { get; init; }

    /// <inheritdoc />
    public string? ReceiptText { get; init; }

    /// <inheritdoc />
    public string? JournalText { get; init; }
}
