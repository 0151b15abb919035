using Kugelpos.ServiceDefaults.Responses;

namespace Kugelpos.MasterData.Promotions;

/// <summary>A promotion as the API returns it, the original's <c>PromotionResponse</c>.</summary>
/// <param name="PromotionCode">The code.</param>
/// <param name="PromotionType">The kind.</param>
/// <param name="Name">The name.</param>
/// <param name="Description">The description, if any.</param>
/// <param name="StartDatetime">The start, <c>yyyy-MM-ddTHH:mm:ss</c> (UTC).</param>
/// <param name="EndDatetime">The end, <c>yyyy-MM-ddTHH:mm:ss</c> (UTC).</param>
/// <param name="IsActive">Whether it is switched on.</param>
/// <param name="Detail">The targets and rate.</param>
/// <param name="EntryDatetime">When it was created.</param>
/// <param name="LastUpdateDatetime">When it was last changed, if ever.</param>
public sealed record PromotionView(
    string PromotionCode,
    string PromotionType,
    string Name,
    string? Description,
    string StartDatetime,
    string EndDatetime,
    bool IsActive,
    CategoryPromotionDetail? Detail,
    string EntryDatetime,
    string? LastUpdateDatetime)
{
    internal static PromotionView From(PromotionDocument promotion) => new(
        promotion.PromotionCode,
        promotion.PromotionType,
        promotion.Name,
        promotion.Description,
        PromotionDates.Write(promotion.StartDatetime),
        PromotionDates.Write(promotion.EndDatetime),
        promotion.IsActive,
        promotion.Detail,
        ResponseTimestamps.Format(promotion.CreatedAt),
        ResponseTimestamps.Format(promotion.UpdatedAt));
}
