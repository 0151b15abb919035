using Kugelpos.DocumentStore;

namespace Kugelpos.MasterData.Promotions;

/// <summary>A promotion as stored in <c>db_master_data_{tenant}.master_promotion</c>.</summary>
/// <param name="Id">A fresh unique id; the code is unique through its own index.</param>
/// <param name="PromotionCode">The code, unique within the tenant, deleted promotions included (as in the original).</param>
/// <param name="PromotionType">The kind of promotion, e.g. <c>category_discount</c>.</param>
/// <param name="Name">The name shown on receipts.</param>
/// <param name="Description">A longer description, if any.</param>
/// <param name="StartDatetime">When it starts to apply (UTC).</param>
/// <param name="EndDatetime">When it stops applying (UTC), after the start.</param>
/// <param name="IsActive">Whether it is switched on.</param>
/// <param name="IsDeleted">Deleted promotions are kept, as the original deletes logically, and never shown.</param>
/// <param name="Detail">What a category discount applies to, and its rate.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="UpdatedAt">When it was last changed, if ever.</param>
internal sealed record PromotionDocument(
    string Id,
    string PromotionCode,
    string PromotionType,
    string Name,
    string? Description,
    DateTimeOffset StartDatetime,
    DateTimeOffset EndDatetime,
    bool IsActive,
    bool IsDeleted,
    CategoryPromotionDetail? Detail,
    DateTimeOffset CreatedAt,
    DateTimeOffset? UpdatedAt) : IDocument;
