namespace Kugelpos.MasterData.Promotions;

/// <summary>What a category discount applies to (OpenAPI schema <c>CategoryPromoDetail</c> of the original).</summary>
/// <param name="TargetStoreCodes">The stores it applies in; empty for every store.</param>
/// <param name="TargetCategoryCodes">The categories it discounts, at least one.</param>
/// <param name="DiscountRate">The discount in percent, above 0 and at most 100.</param>
public sealed record CategoryPromotionDetail(
    IReadOnlyList<string> TargetStoreCodes, IReadOnlyList<string> TargetCategoryCodes, decimal DiscountRate);
