namespace Kugelpos.Cart.Abstractions.Masters;

/// <summary>
/// An item as the cart uses it: master-data's store item details (<c>ItemStoreDetailResponse</c>).
/// Property names match that response, so it reads straight from master-data's camelCase JSON.
/// </summary>
public sealed record ItemMaster
{
    /// <summary>Item code.</summary>
    public required string ItemCode { get; init; }

    /// <summary>Description.</summary>
    public string? Description { get; init; }

    /// <summary>Short description.</summary>
    public string? DescriptionShort { get; init; }

    /// <summary>The item's unit price.</summary>
    public decimal UnitPrice { get; init; }

    /// <summary>The item's unit cost.</summary>
    public decimal UnitCost { get; init; }

    /// <summary>The store's own price, if the store has one.</summary>
    public decimal? StorePrice { get; init; }

    /// <summary>Extra lines of item text.</summary>
    public IReadOnlyList<string> ItemDetails { get; init; } = [];

    /// <summary>Image URLs.</summary>
    public IReadOnlyList<string> ImageUrls { get; init; } = [];

    /// <summary>Category code.</summary>
    public string? CategoryCode { get; init; }

    /// <summary>Tax code.</summary>
    public string? TaxCode { get; init; }

    /// <summary>Whether the item refuses discounts.</summary>
    public bool IsDiscountRestricted { get; init; }
}
