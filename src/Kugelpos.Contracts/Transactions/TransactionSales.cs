using System.Text.Json.Serialization;
using Kugelpos.Contracts.Serialization;

namespace Kugelpos.Contracts.Transactions;

/// <summary>Sales totals of a transaction (BaseTransaction.SalesInfo in the original).</summary>
public sealed record TransactionSales
{
    /// <summary>Reference time of the totals (the generate time of a void or return).</summary>
    [JsonPropertyName("reference_date_time")]
    public DateTimeOffset? ReferenceDateTime { get; init; }

    /// <summary>Subtotal minus subtotal discounts, without external tax.</summary>
    [JsonPropertyName("total_amount")]
    public decimal TotalAmount { get; init; }

    /// <summary>Total amount plus external tax.</summary>
    [JsonPropertyName("total_amount_with_tax")]
    public decimal TotalAmountWithTax { get; init; }

    /// <summary>External tax amount.</summary>
    [JsonPropertyName("tax_amount")]
    public decimal TaxAmount { get; init; }

    /// <summary>Total quantity of the non-cancelled lines.</summary>
    [JsonPropertyName("total_quantity")]
    [JsonConverter(typeof(NullAsZeroInt32Converter))]
    public int TotalQuantity { get; init; }

    /// <summary>Change given back.</summary>
    [JsonPropertyName("change_amount")]
    public decimal ChangeAmount { get; init; }

    /// <summary>Sum of line and subtotal discounts.</summary>
    [JsonPropertyName("total_discount_amount")]
    public decimal TotalDiscountAmount { get; init; }

    /// <summary>Whether the cart was cancelled before billing.</summary>
    [JsonPropertyName("is_cancelled")]
    public bool IsCancelled { get; init; }

    /// <summary>Whether stamp duty applies.</summary>
    [JsonPropertyName("is_stamp_duty_applied")]
    public bool IsStampDutyApplied { get; init; }

    /// <summary>The amount stamp duty was assessed on.</summary>
    [JsonPropertyName("stamp_duty_target_amount")]
    public decimal StampDutyTargetAmount { get; init; }

    /// <summary>The stamp duty.</summary>
    [JsonPropertyName("stamp_duty_amount")]
    public decimal StampDutyAmount { get; init; }
}
