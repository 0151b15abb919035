using System.Text.Json.Serialization;

namespace Kugelpos.Contracts.Transactions;

/// <summary>
/// A discount on a line or on the subtotal (BaseTransaction.DiscountInfo). The
/// promotion fields are those the original's category promotion plugin records.
/// </summary>
public sealed record TransactionDiscount
{
    /// <summary>Sequence number, from 1.</summary>
    [JsonPropertyName("seq_no")]
    public int? SeqNo { get; init; }

    /// <summary>Discount type, e.g. <c>DiscountAmount</c>, <c>DiscountPercentage</c> or a promotion's <c>percent</c>.</summary>
    [JsonPropertyName("discount_type")]
    public string? DiscountType { get; init; }

    /// <summary>The amount or percentage asked for.</summary>
    [JsonPropertyName("discount_value")]
    public decimal DiscountValue { get; init; }

    /// <summary>The resulting discount in money.</summary>
    [JsonPropertyName("discount_amount")]
    public decimal DiscountAmount { get; init; }

    /// <summary>Free text about the discount.</summary>
    [JsonPropertyName("detail")]
    public string? Detail { get; init; }

    /// <summary>Promotion code when a promotion granted the discount.</summary>
    [JsonPropertyName("promotion_code")]
    public string? PromotionCode { get; init; }

    /// <summary>Promotion type, e.g. <c>category_discount</c>.</summary>
    [JsonPropertyName("promotion_type")]
    public string? PromotionType { get; init; }
}
