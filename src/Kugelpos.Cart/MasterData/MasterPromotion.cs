namespace Kugelpos.Cart.MasterData;

/// <summary>A promotion as master data's <c>.../promotions/active</c> answers it.</summary>
/// <param name="PromotionCode">The code.</param>
/// <param name="PromotionType">The kind, e.g. <c>category_discount</c>.</param>
/// <param name="Name">The name.</param>
/// <param name="StartDatetime">The start, <c>yyyy-MM-ddTHH:mm:ss</c> (UTC).</param>
/// <param name="EndDatetime">The end, <c>yyyy-MM-ddTHH:mm:ss</c> (UTC).</param>
/// <param name="Detail">The targets and rate, or null.</param>
public sealed record MasterPromotion(
    string PromotionCode,
    string PromotionType,
    string Name,
    string StartDatetime,
    string EndDatetime,
    MasterPromotionDetail? Detail);
