namespace Kugelpos.MasterData.Promotions;

/// <summary>
/// Which promotions apply now, as the original's active query picks them: switched on, not deleted,
/// started and not ended; for a store, those targeting it or every store (a promotion without a
/// detail targets none); for a category, the category discounts naming it; optionally of one type.
/// </summary>
internal static class ActivePromotions
{
    public static IEnumerable<PromotionDocument> Select(
        IEnumerable<PromotionDocument> promotions, DateTimeOffset now, string? storeCode, string? categoryCode, string? promotionType) =>
        promotions.Where(p => p.IsActive && !p.IsDeleted && p.StartDatetime <= now && now <= p.EndDatetime)
            .Where(p => storeCode is null
                || p.Detail is { } detail && (detail.TargetStoreCodes.Count == 0 || detail.TargetStoreCodes.Contains(storeCode)))
            .Where(p => categoryCode is null
                || p.Detail is { } detail && detail.TargetCategoryCodes.Contains(categoryCode)
                    && (storeCode is not null || p.PromotionType == PromotionTypes.CategoryDiscount))
            .Where(p => promotionType is null || p.PromotionType == promotionType);
}
