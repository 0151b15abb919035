namespace Kugelpos.Report.Reports;

/// <summary>A sales report (the original's <c>SalesReportResponse</c>).</summary>
public sealed record SalesReportView : IReportView
{
    /// <summary>The tenant.</summary>
    public required string TenantId { get; init; }

    /// <summary>The store.</summary>
    public required string StoreCode { get; init; }

    /// <summary>The terminal; null for the whole store.</summary>
    public int? TerminalNo { get; init; }

    /// <summary>The business date of a one-date report; null for a date range.</summary>
    public string? BusinessDate { get; init; }

    /// <summary>The first date of a date-range report.</summary>
    public string? BusinessDateFrom { get; init; }

    /// <summary>The last date of a date-range report.</summary>
    public string? BusinessDateTo { get; init; }

    /// <summary>The terminal session reported; null for every session.</summary>
    public int? OpenCounter { get; init; }

    /// <summary>The business counter asked for.</summary>
    public int? BusinessCounter { get; init; }

    /// <summary>Sales with tax before discounts, less voided sales.</summary>
    public required SalesFigure SalesGross { get; init; }

    /// <summary>Gross less returns, discounts and tax.</summary>
    public required SalesFigure SalesNet { get; init; }

    /// <summary>Discounts on lines.</summary>
    public required SalesFigure DiscountForLineitems { get; init; }

    /// <summary>Discounts on the subtotal.</summary>
    public required SalesFigure DiscountForSubtotal { get; init; }

    /// <summary>Returns with tax, less voided returns.</summary>
    public required SalesFigure Returns { get; init; }

    /// <summary>Each tax.</summary>
    public required IReadOnlyList<TaxFigure> Taxes { get; init; }

    /// <summary>Each payment method.</summary>
    public required IReadOnlyList<PaymentFigure> Payments { get; init; }

    /// <summary>The drawer.</summary>
    public required CashBalance Cash { get; init; }

    /// <summary>The report as a printer slip; null when none is rendered.</summary>
    public string? ReceiptText { get; init; }

    /// <summary>The report as journal text; null when none is rendered.</summary>
    public string? JournalText { get; init; }
}
