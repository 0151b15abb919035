using Kugelpos.DocumentStore;

namespace Kugelpos.MasterData.Items;

/// <summary>A common item as stored in <c>db_master_data_{tenant}.master_item_common</c>.</summary>
/// <param name="Id">A fresh unique id; the code is unique through its own index.</param>
/// <param name="ItemCode">The code, unique within the tenant (logically deleted items keep theirs).</param>
/// <param name="Description">The name.</param>
/// <param name="UnitPrice">The price every store charges unless it overrides it.</param>
/// <param name="UnitCost">The cost.</param>
/// <param name="ItemDetails">Further lines of description.</param>
/// <param name="ImageUrls">Pictures of the item.</param>
/// <param name="CategoryCode">The item's category.</param>
/// <param name="TaxCode">The item's tax code.</param>
/// <param name="IsDiscountRestricted">Whether discounts are refused for it.</param>
/// <param name="IsDeleted">Whether it was deleted logically.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="UpdatedAt">When it was last changed, if ever.</param>
internal sealed record ItemDocument(
    string Id,
    string ItemCode,
    string Description,
    decimal UnitPrice,
    decimal UnitCost,
    string[] ItemDetails,
    string[] ImageUrls,
    string CategoryCode,
    string TaxCode,
    bool IsDiscountRestricted,
    bool IsDeleted,
    DateTimeOffset CreatedAt,
    DateTimeOffset? UpdatedAt) : IDocument;
