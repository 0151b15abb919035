using Kugelpos.DocumentStore.Queries;
using Kugelpos.MasterData.Storage;
using Kugelpos.ServiceDefaults.Paging;

namespace Kugelpos.MasterData.StoreItems;

/// <summary>Each tenant's store overrides of common items (<c>master_item_store</c>, one per store and item).</summary>
internal sealed class StoreItemRepository(MasterDataDatabase database)
    : MasterDataRepository<StoreItemDocument>(database, Collection, SortFields)
{
    /// <summary>The collection and its unique (store, item) index.</summary>
    public static MasterDataCollection<StoreItemDocument> Collection { get; } =
        new("master_item_store", [nameof(StoreItemDocument.StoreCode), nameof(StoreItemDocument.ItemCode)]);

    private static SortFields SortFields { get; } = new(
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["item_code"] = nameof(StoreItemDocument.ItemCode),
            ["store_price"] = nameof(StoreItemDocument.StorePrice),
            ["entry_datetime"] = nameof(StoreItemDocument.CreatedAt),
            ["last_update_datetime"] = nameof(StoreItemDocument.UpdatedAt),
        },
        "item_code:1");

    /// <summary>Only the store's overrides.</summary>
    public static DocumentFilter OfStore(string storeCode) => DocumentFilter.Eq(nameof(StoreItemDocument.StoreCode), storeCode);

    /// <summary>The store's override of the item, or null.</summary>
    public Task<StoreItemDocument?> FindAsync(string tenantId, string storeCode, string itemCode, CancellationToken cancellationToken) =>
        FindByCodeAsync(tenantId, nameof(StoreItemDocument.ItemCode), itemCode, OfStore(storeCode), cancellationToken);
}
