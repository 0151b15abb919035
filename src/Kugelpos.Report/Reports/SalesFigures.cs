namespace Kugelpos.Report.Reports;

/// <summary>The computed parts of a sales report.</summary>
internal sealed record SalesFigures(
    SalesFigure Gross,
    SalesFigure Net,
    SalesFigure LineDiscounts,
    SalesFigure SubtotalDiscounts,
    SalesFigure Returns,
    IReadOnlyList<TaxFigure> Taxes,
    IReadOnlyList<PaymentFigure> Payments,
    CashBalance Cash);
