using System.Text.Json.Serialization;
using Kugelpos.Contracts.Transactions;

namespace Kugelpos.Cart.Abstractions;

/// <summary>
/// One line of a cart: the transaction line (<see cref="TransactionLineItem"/>, same names) plus what
/// only the cart keeps (the original's CartDocument.CartLineItem): item details, image URLs and
/// whether the item refuses discounts.
/// </summary>
public sealed record CartLineItem
{
    /// <summary>Line number, from 1; a line keeps its number when it is cancelled.</summary>
    [JsonPropertyName("line_no")]
    public required int LineNo { get; init; }

    /// <summary>Item code.</summary>
    [JsonPropertyName("item_code")]
    public required string ItemCode { get; init; }

    /// <summary>Category code of the item.</summary>
    [JsonPropertyName("category_code")]
    public string? CategoryCode { get; init; }

    /// <summary>Item description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>Short item description.</summary>
    [JsonPropertyName("description_short")]
    public string? DescriptionShort { get; init; }

    /// <summary>Unit price charged.</summary>
    [JsonPropertyName("unit_price")]
    public decimal UnitPrice { get; init; }

    /// <summary>Unit price before the first manual change; 0 while the price was never changed (as the original).</summary>
    [JsonPropertyName("unit_price_original")]
    public decimal UnitPriceOriginal { get; init; }

    /// <summary>Whether the unit price was changed by hand.</summary>
    [JsonPropertyName("is_unit_price_changed")]
    public bool IsUnitPriceChanged { get; init; }

    /// <summary>Quantity.</summary>
    [JsonPropertyName("quantity")]
    public int Quantity { get; init; }

    /// <summary>Discounts on this line (manual ones and promotions), amounts as last calculated.</summary>
    [JsonPropertyName("discounts")]
    public IReadOnlyList<TransactionDiscount> Discounts { get; init; } = [];

    /// <summary>This line's share of each subtotal discount.</summary>
    [JsonPropertyName("discounts_allocated")]
    public IReadOnlyList<TransactionDiscount> DiscountsAllocated { get; init; } = [];

    /// <summary>Unit price times quantity minus line discounts.</summary>
    [JsonPropertyName("amount")]
    public decimal Amount { get; init; }

    /// <summary>Tax code of the item.</summary>
    [JsonPropertyName("tax_code")]
    public string? TaxCode { get; init; }

    /// <summary>Whether the line was cancelled.</summary>
    [JsonPropertyName("is_cancelled")]
    public bool IsCancelled { get; init; }

    /// <summary>Extra lines of item text from the item master.</summary>
    [JsonPropertyName("item_details")]
    public IReadOnlyList<string> ItemDetails { get; init; } = [];

    /// <summary>Item image URLs from the item master.</summary>
    [JsonPropertyName("image_urls")]
    public IReadOnlyList<string> ImageUrls { get; init; } = [];

    /// <summary>Whether the item refuses discounts (manual, subtotal and promotions).</summary>
    [JsonPropertyName("is_discount_restricted")]
    public bool IsDiscountRestricted { get; init; }
}
