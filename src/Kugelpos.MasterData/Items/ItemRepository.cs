using Kugelpos.DocumentStore.Queries;
using Kugelpos.MasterData.Storage;
using Kugelpos.ServiceDefaults.Paging;

namespace Kugelpos.MasterData.Items;

/// <summary>Each tenant's common items (<c>master_item_common</c>, code unique).</summary>
internal sealed class ItemRepository(MasterDataDatabase database)
    : MasterDataRepository<ItemDocument>(database, Collection, SortFields)
{
    /// <summary>The collection and its unique code index.</summary>
    public static MasterDataCollection<ItemDocument> Collection { get; } =
        new("master_item_common", [nameof(ItemDocument.ItemCode)]);

    private static SortFields SortFields { get; } = new(
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["item_code"] = nameof(ItemDocument.ItemCode),
            ["description"] = nameof(ItemDocument.Description),
            ["unit_price"] = nameof(ItemDocument.UnitPrice),
            ["unit_cost"] = nameof(ItemDocument.UnitCost),
            ["category_code"] = nameof(ItemDocument.CategoryCode),
            ["tax_code"] = nameof(ItemDocument.TaxCode),
            ["is_discount_restricted"] = nameof(ItemDocument.IsDiscountRestricted),
            ["is_deleted"] = nameof(ItemDocument.IsDeleted),
            ["entry_datetime"] = nameof(ItemDocument.CreatedAt),
            ["last_update_datetime"] = nameof(ItemDocument.UpdatedAt),
        },
        "item_code:1");

    /// <summary>The tenant's item with this code: a live one, or with <paramref name="deleted"/> a logically deleted one (as the original's <c>is_logical_deleted</c>).</summary>
    public Task<ItemDocument?> FindAsync(string tenantId, string itemCode, bool deleted, CancellationToken cancellationToken) =>
        FindByCodeAsync(
            tenantId, nameof(ItemDocument.ItemCode), itemCode, DocumentFilter.Eq(nameof(ItemDocument.IsDeleted), deleted), cancellationToken);

    /// <summary>The tenant's item with this code, deleted logically or not.</summary>
    public Task<ItemDocument?> FindAnyAsync(string tenantId, string itemCode, CancellationToken cancellationToken) =>
        FindByCodeAsync(tenantId, nameof(ItemDocument.ItemCode), itemCode, null, cancellationToken);
}
