namespace Kugelpos.Cart.MasterData;

/// <summary>An item merged with its store's price, as master data's <c>.../stores/{store_code}/items/{item_code}/details</c> answers it.</summary>
/// <param name="ItemCode">The code.</param>
/// <param name="Description">The name.</param>
/// <param name="UnitPrice">The common price.</param>
/// <param name="UnitCost">The cost.</param>
/// <param name="StorePrice">The store's price, or null when the store has none.</param>
/// <param name="CategoryCode">The category, which the category promotion matches.</param>
/// <param name="TaxCode">The tax code.</param>
/// <param name="IsDiscountRestricted">Whether discounts are refused.</param>
public sealed record MasterItem(
    string ItemCode,
    string Description,
    decimal UnitPrice,
    decimal UnitCost,
    decimal? StorePrice,
    string CategoryCode,
    string TaxCode,
    bool IsDiscountRestricted);
