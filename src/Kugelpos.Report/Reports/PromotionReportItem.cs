namespace Kugelpos.Report.Reports;

/// <summary>One promotion in the promotion report (the original's <c>PromotionReportItem</c>).</summary>
/// <param name="PromotionCode">The promotion.</param>
/// <param name="PromotionType">Its type.</param>
/// <param name="GrossAmount">The amounts of the lines it discounted.</param>
/// <param name="DiscountAmount">The discount it gave.</param>
/// <param name="NetAmount">Gross less discount.</param>
/// <param name="Quantity">The items it discounted.</param>
/// <param name="TransactionCount">The transactions it discounted in.</param>
public sealed record PromotionReportItem(
    string PromotionCode, string? PromotionType, decimal GrossAmount, decimal DiscountAmount, decimal NetAmount, int Quantity, int TransactionCount);
