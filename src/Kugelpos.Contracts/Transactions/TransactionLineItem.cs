using System.Text.Json.Serialization;
using Kugelpos.Contracts.Serialization;

namespace Kugelpos.Contracts.Transactions;

/// <summary>
/// One line of a transaction (BaseTransaction.LineItem). The cart's own extras
/// (item_details, image_urls, is_discount_restricted) are not on the wire: the
/// original serializes the line by its declared base type.
/// </summary>
public sealed record TransactionLineItem
{
    /// <summary>Line number, from 1.</summary>
    [JsonPropertyName("line_no")]
    public int? LineNo { get; init; }

    /// <summary>Item code.</summary>
    [JsonPropertyName("item_code")]
    public string? ItemCode { get; init; }

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

    /// <summary>Unit price before a manual change.</summary>
    [JsonPropertyName("unit_price_original")]
    public decimal UnitPriceOriginal { get; init; }

    /// <summary>Whether the unit price was changed by hand.</summary>
    [JsonPropertyName("is_unit_price_changed")]
    public bool IsUnitPriceChanged { get; init; }

    /// <summary>Quantity.</summary>
    [JsonPropertyName("quantity")]
    [JsonConverter(typeof(NullAsZeroInt32Converter))]
    public int Quantity { get; init; }

    /// <summary>Discounts on this line (manual ones and promotions).</summary>
    [JsonPropertyName("discounts")]
    public IReadOnlyList<TransactionDiscount> Discounts { get; init; } = [];

    /// <summary>This line's share of the subtotal discounts.</summary>
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
}
