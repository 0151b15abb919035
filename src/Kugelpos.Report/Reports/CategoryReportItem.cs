namespace Kugelpos.Report.Reports;

/// <summary>One category in the category report (the original's <c>CategoryReportItem</c>).</summary>
/// <param name="CategoryCode">The category.</param>
/// <param name="CategoryName">Its name; the code, as the original falls back to when master data has none.</param>
/// <param name="GrossAmount">The lines' amounts.</param>
/// <param name="DiscountAmount">Their line and allocated subtotal discounts.</param>
/// <param name="NetAmount">Gross less discounts.</param>
/// <param name="Quantity">The items.</param>
/// <param name="DiscountQuantity">The items on discounted lines.</param>
/// <param name="TransactionCount">The lines (the original counts lines here).</param>
public sealed record CategoryReportItem(
    string CategoryCode, string CategoryName, decimal GrossAmount, decimal DiscountAmount, decimal NetAmount, int Quantity, int DiscountQuantity, int TransactionCount);
