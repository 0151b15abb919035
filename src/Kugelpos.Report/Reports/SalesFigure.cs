namespace Kugelpos.Report.Reports;

/// <summary>An amount with its item quantity and transaction count (the original's <c>SalesReportTemplate</c>).</summary>
/// <param name="Amount">The money.</param>
/// <param name="Quantity">The items.</param>
/// <param name="Count">The transactions (or discounts).</param>
public sealed record SalesFigure(decimal Amount, int Quantity, int Count)
{
    /// <summary>Nothing.</summary>
    public static SalesFigure Zero { get; } = new(0m, 0, 0);
}
