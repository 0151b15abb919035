using Kugelpos.DocumentStore;

namespace Kugelpos.MasterData.StoreItems;

/// <summary>A store's override of a common item, as stored in <c>db_master_data_{tenant}.master_item_store</c>.</summary>
/// <param name="Id">A fresh unique id; (store, item) is unique through its own index.</param>
/// <param name="StoreCode">The store.</param>
/// <param name="ItemCode">The common item it overrides.</param>
/// <param name="StorePrice">The store's price.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="UpdatedAt">When it was last changed, if ever.</param>
internal sealed record StoreItemDocument(
    string Id,
    string StoreCode,
    string ItemCode,
    decimal StorePrice,
    DateTimeOffset CreatedAt,
    DateTimeOffset? UpdatedAt) : IDocument;
