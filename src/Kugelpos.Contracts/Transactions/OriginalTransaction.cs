using System.Text.Json.Serialization;

namespace Kugelpos.Contracts.Transactions;

/// <summary>
/// The transaction a void or return refers to (BaseTransaction.OriginalTransaction,
/// the <c>origin</c> field).
/// </summary>
public sealed record OriginalTransaction
{
    /// <summary>When the original transaction was generated.</summary>
    [JsonPropertyName("generate_date_time")]
    public DateTimeOffset? GenerateDateTime { get; init; }

    /// <summary>Tenant of the original transaction.</summary>
    [JsonPropertyName("tenant_id")]
    public string? TenantId { get; init; }

    /// <summary>Store of the original transaction.</summary>
    [JsonPropertyName("store_code")]
    public string? StoreCode { get; init; }

    /// <summary>Store name of the original transaction.</summary>
    [JsonPropertyName("store_name")]
    public string? StoreName { get; init; }

    /// <summary>Terminal of the original transaction.</summary>
    [JsonPropertyName("terminal_no")]
    public int? TerminalNo { get; init; }

    /// <summary>Transaction number of the original transaction.</summary>
    [JsonPropertyName("transaction_no")]
    public int? TransactionNo { get; init; }

    /// <summary>Type of the original transaction.</summary>
    [JsonPropertyName("transaction_type")]
    public TransactionType? TransactionType { get; init; }

    /// <summary>Receipt number of the original transaction.</summary>
    [JsonPropertyName("receipt_no")]
    public int? ReceiptNo { get; init; }
}
