using System.Text.Json.Serialization;

namespace Kugelpos.Contracts.Transactions;

/// <summary>A payment of a transaction (BaseTransaction.Payment).</summary>
public sealed record TransactionPayment
{
    /// <summary>Payment number, from 1.</summary>
    [JsonPropertyName("payment_no")]
    public int? PaymentNo { get; init; }

    /// <summary>Payment code, e.g. <c>01</c> cash, <c>11</c> cashless.</summary>
    [JsonPropertyName("payment_code")]
    public string? PaymentCode { get; init; }

    /// <summary>Amount handed over (above <see cref="Amount"/> when change is given).</summary>
    [JsonPropertyName("deposit_amount")]
    public decimal DepositAmount { get; init; }

    /// <summary>Amount applied to the transaction.</summary>
    [JsonPropertyName("amount")]
    public decimal Amount { get; init; }

    /// <summary>Payment description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>Free text, e.g. a card slip reference.</summary>
    [JsonPropertyName("detail")]
    public string? Detail { get; init; }
}
