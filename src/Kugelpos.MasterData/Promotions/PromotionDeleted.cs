namespace Kugelpos.MasterData.Promotions;

/// <summary>The data of a promotion's deletion, the original's <c>PromotionDeleteResponse</c>.</summary>
/// <param name="PromotionCode">The deleted promotion's code.</param>
public sealed record PromotionDeleted(string PromotionCode);
