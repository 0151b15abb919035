using Kugelpos.ServiceDefaults.Responses;

namespace Kugelpos.MasterData.Items;

/// <summary>A common item as the API returns it (OpenAPI schema <c>ItemResponse</c>).</summary>
/// <param name="ItemCode">The code.</param>
/// <param name="Description">The name.</param>
/// <param name="UnitPrice">The common price.</param>
/// <param name="UnitCost">The cost.</param>
/// <param name="ItemDetails">Further lines of description.</param>
/// <param name="ImageUrls">Pictures.</param>
/// <param name="CategoryCode">The category.</param>
/// <param name="TaxCode">The tax code.</param>
/// <param name="IsDiscountRestricted">Whether discounts are refused.</param>
/// <param name="IsDeleted">Whether it was deleted logically.</param>
/// <param name="EntryDatetime">When it was created (<c>yyyy-MM-dd HH:mm:ss</c>, UTC).</param>
/// <param name="LastUpdateDatetime">When it was last changed, or null.</param>
public sealed record ItemView(
    string ItemCode,
    string Description,
    decimal UnitPrice,
    decimal UnitCost,
    IReadOnlyList<string> ItemDetails,
    IReadOnlyList<string> ImageUrls,
    string CategoryCode,
    string TaxCode,
    bool IsDiscountRestricted,
    bool IsDeleted,
    string EntryDatetime,
    string? LastUpdateDatetime)
{
    internal static ItemView From(ItemDocument item) => new(
        item.ItemCode,
        item.Description,
        item.UnitPrice,
        item.UnitCost,
        item.ItemDetails,
        item.ImageUrls,
        item.CategoryCode,
        item.TaxCode,
        item.IsDiscountRestricted,
        item.IsDeleted,
        ResponseTimestamps.Format(item.CreatedAt),
        ResponseTimestamps.Format(item.UpdatedAt));
}
