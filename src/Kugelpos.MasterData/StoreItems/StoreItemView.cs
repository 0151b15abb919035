using Kugelpos.ServiceDefaults.Responses;

namespace Kugelpos.MasterData.StoreItems;

/// <summary>A store's item as the API returns it (OpenAPI schema <c>ItemStoreResponse</c>).</summary>
/// <param name="ItemCode">The common item.</param>
/// <param name="StorePrice">The store's price.</param>
/// <param name="EntryDatetime">When it was created (<c>yyyy-MM-dd HH:mm:ss</c>, UTC).</param>
/// <param name="LastUpdateDatetime">When it was last changed, or null.</param>
public sealed record StoreItemView(string ItemCode, decimal StorePrice, string EntryDatetime, string? LastUpdateDatetime)
{
    internal static StoreItemView From(StoreItemDocument item) => new(
        item.ItemCode, item.StorePrice, ResponseTimestamps.Format(item.CreatedAt), ResponseTimestamps.Format(item.UpdatedAt));
}
