using Kugelpos.MasterData.Items;
using Kugelpos.ServiceDefaults.Responses;

namespace Kugelpos.MasterData.StoreItems;

/// <summary>
/// A common item merged with a store's override (OpenAPI schema <c>ItemStoreDetailResponse</c>): the
/// common fields, the store's price (null without an override) and, as in the original, the override's
/// times when there is one.
/// </summary>
/// <param name="ItemCode">The code.</param>
/// <param name="Description">The name.</param>
/// <param name="UnitPrice">The common price.</param>
/// <param name="UnitCost">The cost.</param>
/// <param name="StorePrice">The store's price, or null.</param>
/// <param name="ItemDetails">Further lines of description.</param>
/// <param name="ImageUrls">Pictures.</param>
/// <param name="CategoryCode">The category.</param>
/// <param name="TaxCode">The tax code.</param>
/// <param name="IsDiscountRestricted">Whether discounts are refused.</param>
/// <param name="IsDeleted">Always false: a logically deleted item has no details.</param>
/// <param name="EntryDatetime">When the override (else the item) was created.</param>
/// <param name="LastUpdateDatetime">When the override (else the item) was last changed, or null.</param>
public sealed record StoreItemDetailView(
    string ItemCode,
    string Description,
    decimal UnitPrice,
    decimal UnitCost,
    decimal? StorePrice,
    IReadOnlyList<string> ItemDetails,
    IReadOnlyList<string> ImageUrls,
    string CategoryCode,
    string TaxCode,
    bool IsDiscountRestricted,
    bool IsDeleted,
    string EntryDatetime,
    string? LastUpdateDatetime)
{
    internal static StoreItemDetailView From(ItemDocument item, StoreItemDocument? store) => new(
        item.ItemCode,
        item.Description,
        item.UnitPrice,
        item.UnitCost,
        store?.StorePrice,
        item.ItemDetails,
        item.ImageUrls,
        item.CategoryCode,
        item.TaxCode,
        item.IsDiscountRestricted,
        item.IsDeleted,
        ResponseTimestamps.Format(store?.CreatedAt ?? item.CreatedAt),
        ResponseTimestamps.Format(store is null ? item.UpdatedAt : store.UpdatedAt));
}
