using Kugelpos.DocumentStore.Queries;
using Kugelpos.MasterData.Storage;
using Kugelpos.ServiceDefaults.Paging;

namespace Kugelpos.MasterData.Promotions;

/// <summary>Each tenant's promotions (<c>master_promotion</c>, code unique, deleted ones kept as in the original).</summary>
internal sealed class PromotionRepository(MasterDataDatabase database)
    : MasterDataRepository<PromotionDocument>(database, Collection, SortFields)
{
    /// <summary>The collection and its unique code index.</summary>
    public static MasterDataCollection<PromotionDocument> Collection { get; } =
        new("master_promotion", [nameof(PromotionDocument.PromotionCode)]);

    /// <summary>Promotions that are not deleted.</summary>
    public static DocumentFilter Live { get; } = DocumentFilter.Eq(nameof(PromotionDocument.IsDeleted), false);

    /// <summary>
    /// The sortable fields, by the original's names. The original's default (<c>category_code:1</c>, a
    /// field promotions lack) left MongoDB's natural order; ours is the code, stable across pages.
    /// </summary>
    private static SortFields SortFields { get; } = new(
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["promotion_code"] = nameof(PromotionDocument.PromotionCode),
            ["promotion_type"] = nameof(PromotionDocument.PromotionType),
            ["name"] = nameof(PromotionDocument.Name),
            ["start_datetime"] = nameof(PromotionDocument.StartDatetime),
            ["end_datetime"] = nameof(PromotionDocument.EndDatetime),
            ["is_active"] = nameof(PromotionDocument.IsActive),
            ["entry_datetime"] = nameof(PromotionDocument.CreatedAt),
            ["last_update_datetime"] = nameof(PromotionDocument.UpdatedAt),
        },
        "promotion_code:1");

    /// <summary>The tenant's live promotion with this code, or null.</summary>
    public Task<PromotionDocument?> FindAsync(string tenantId, string promotionCode, CancellationToken cancellationToken) =>
        FindByCodeAsync(tenantId, nameof(PromotionDocument.PromotionCode), promotionCode, Live, cancellationToken);

    /// <summary>The tenant's live promotions that are switched on and apply at <paramref name="now"/>.</summary>
    public async Task<IReadOnlyList<PromotionDocument>> CurrentAsync(string tenantId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var filter = DocumentFilter.And(
            Live,
            DocumentFilter.Eq(nameof(PromotionDocument.IsActive), true),
            DocumentFilter.Lte(nameof(PromotionDocument.StartDatetime), now),
            DocumentFilter.Gte(nameof(PromotionDocument.EndDatetime), now));
        var (items, _) = await PageAsync(tenantId, filter, new PageQuery(0, 1, null), cancellationToken);
        return items;
    }
}
