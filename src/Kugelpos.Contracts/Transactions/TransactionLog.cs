using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kugelpos.Contracts.Transactions;

/// <summary>
/// The transaction log event (topic-tranlog), published by the cart for every
/// sale, cancelled sale, return and void.
/// </summary>
/// <remarks>
/// Wire format followed: kugel-masa/kugelpos-backend, kugel_common/models/documents/base_tranlog.py
/// (BaseTransaction) as published by cart/app/services/tran_service.py, which sends
/// <c>tranlog.model_dump()</c> (snake_case field names, not the camelCase aliases), adds
/// <c>event_id</c> (a uuid4 string) and turns datetimes into ISO strings. Money travels as
/// Python floats (<c>1234.0</c>); it is read and written here as exact decimals.
/// Left out on purpose: the storage bookkeeping of AbstractDocument (shard_key, created_at,
/// updated_at, etag), which subscribers ignore; they are tolerated when read.
/// </remarks>
public sealed record TransactionLog : TerminalEvent
{
    /// <summary>Per-terminal transaction number.</summary>
    [JsonPropertyName("transaction_no")]
    public int? TransactionNo { get; init; }

    /// <summary>Transaction type (101 sale, -101 cancelled, 102 return, 201/202 voids).</summary>
    [JsonPropertyName("transaction_type")]
    public TransactionType? TransactionType { get; init; }

    /// <summary>Receipt number.</summary>
    [JsonPropertyName("receipt_no")]
    public int? ReceiptNo { get; init; }

    /// <summary>The user who created the cart.</summary>
    [JsonPropertyName("user")]
    public TransactionUser? User { get; init; }

    /// <summary>Sales totals.</summary>
    [JsonPropertyName("sales")]
    public TransactionSales? Sales { get; init; }

    /// <summary>Line items, cancelled ones included.</summary>
    [JsonPropertyName("line_items")]
    public IReadOnlyList<TransactionLineItem> LineItems { get; init; } = [];

    /// <summary>Payments.</summary>
    [JsonPropertyName("payments")]
    public IReadOnlyList<TransactionPayment> Payments { get; init; } = [];

    /// <summary>Taxes per tax code.</summary>
    [JsonPropertyName("taxes")]
    public IReadOnlyList<TransactionTax> Taxes { get; init; } = [];

    /// <summary>Discounts on the subtotal.</summary>
    [JsonPropertyName("subtotal_discounts")]
    public IReadOnlyList<TransactionDiscount> SubtotalDiscounts { get; init; } = [];

    /// <summary>The transaction this one voids or returns; null for a sale.</summary>
    [JsonPropertyName("origin")]
    public OriginalTransaction? Origin { get; init; }

    /// <summary>The staff member who rang up the transaction.</summary>
    [JsonPropertyName("staff")]
    public TransactionStaff? Staff { get; init; }

    /// <summary>
    /// Free-form extras (invoice_registration_number, receipt_headers, receipt_footers),
    /// kept as JSON because the original leaves their shape open.
    /// </summary>
    [JsonPropertyName("additional_info")]
    public IReadOnlyDictionary<string, JsonElement>? AdditionalInfo { get; init; }

    /// <summary>Whether the transaction has been voided (a query-time flag in the original).</summary>
    [JsonPropertyName("is_voided")]
    public bool IsVoided { get; init; }

    /// <summary>Whether the transaction has been returned (a query-time flag in the original).</summary>
    [JsonPropertyName("is_refunded")]
    public bool IsRefunded { get; init; }
}
