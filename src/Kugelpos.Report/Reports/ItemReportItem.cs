namespace Kugelpos.Report.Reports;

/// <summary>One item in the item report (the original's <c>ItemReportItem</c>).</summary>
/// <param name="ItemCode">The item.</param>
/// <param name="ItemName">Its description as the sale's line gives it, else its code.</param>
/// <param name="GrossAmount">The lines' amounts.</param>
/// <param name="DiscountAmount">Their line and allocated subtotal discounts.</param>
/// <param name="NetAmount">Gross less discounts.</param>
/// <param name="Quantity">The items.</param>
/// <param name="DiscountQuantity">The items on discounted lines.</param>
/// <param name="TransactionCount">The lines.</param>
public sealed record ItemReportItem(
    string ItemCode, string ItemName, decimal GrossAmount, decimal DiscountAmount, decimal NetAmount, int Quantity, int DiscountQuantity, int TransactionCount);
