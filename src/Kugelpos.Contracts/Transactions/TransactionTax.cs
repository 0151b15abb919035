using System.Text.Json.Serialization;
using Kugelpos.Contracts.Serialization;

namespace Kugelpos.Contracts.Transactions;

/// <summary>Tax of one tax code in a transaction (BaseTransaction.Tax).</summary>
public sealed record TransactionTax
{
    /// <summary>Tax number, from 1.</summary>
    [JsonPropertyName("tax_no")]
    public int? TaxNo { get; init; }

    /// <summary>Tax code, e.g. <c>01</c>.</summary>
    [JsonPropertyName("tax_code")]
    public string? TaxCode { get; init; }

    /// <summary>Tax type: <c>External</c>, <c>Internal</c> or <c>Exempt</c>.</summary>
    [JsonPropertyName("tax_type")]
    public string? TaxType { get; init; }

    /// <summary>Tax name.</summary>
    [JsonPropertyName("tax_name")]
    public string? TaxName { get; init; }

    /// <summary>The tax.</summary>
    [JsonPropertyName("tax_amount")]
    public decimal TaxAmount { get; init; }

    /// <summary>The amount the tax was computed on.</summary>
    [JsonPropertyName("target_amount")]
    public decimal TargetAmount { get; init; }

    /// <summary>The quantity the tax was computed on.</summary>
    [JsonPropertyName("target_quantity")]
    [JsonConverter(typeof(NullAsZeroInt32Converter))]
    public int TargetQuantity { get; init; }
}
