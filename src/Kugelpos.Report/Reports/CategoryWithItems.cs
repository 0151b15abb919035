namespace Kugelpos.Report.Reports;

/// <summary>A category of the item report with its items (the original's <c>CategoryWithItems</c>).</summary>
/// <param name="CategoryCode">The category.</param>
/// <param name="CategoryName">Its name; the code, as the original falls back to.</param>
/// <param name="Items">Its items, by code.</param>
/// <param name="CategoryTotalGrossAmount">Gross over its items.</param>
/// <param name="CategoryTotalDiscountAmount">Discounts over its items.</param>
/// <param name="CategoryTotalNetAmount">Net over its items.</param>
/// <param name="CategoryTotalQuantity">Items sold.</param>
/// <param name="CategoryTotalDiscountQuantity">Items on discounted lines.</param>
/// <param name="CategoryTotalTransactionCount">Lines.</param>
public sealed record CategoryWithItems(
    string CategoryCode,
    string CategoryName,
    IReadOnlyList<ItemReportItem> Items,
    decimal CategoryTotalGrossAmount,
    decimal CategoryTotalDiscountAmount,
    decimal CategoryTotalNetAmount,
    int CategoryTotalQuantity,
    int CategoryTotalDiscountQuantity,
    int CategoryTotalTransactionCount);
