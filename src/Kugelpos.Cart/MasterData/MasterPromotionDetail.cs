namespace Kugelpos.Cart.MasterData;

/// <summary>What a category discount applies to.</summary>
/// <param name="TargetStoreCodes">The stores it applies in; empty for every store.</param>
/// <param name="TargetCategoryCodes">The categories it discounts.</param>
/// <param name="DiscountRate">The discount in percent.</param>
public sealed record MasterPromotionDetail(
    IReadOnlyList<string> TargetStoreCodes, IReadOnlyList<string> TargetCategoryCodes, decimal DiscountRate);
