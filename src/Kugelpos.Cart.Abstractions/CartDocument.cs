using System.Text.Json.Serialization;
using Kugelpos.Contracts;
using Kugelpos.Contracts.Transactions;

namespace Kugelpos.Cart.Abstractions;

/// <summary>
/// The whole cart as the cart actor persists it: identity, state, lines, discounts, payments, taxes,
/// totals, receipt text and the master data the cart used. Field names are the original's
/// (cart_document.py over base_tranlog.py); the parts shared with the transaction log are the
/// transaction log's own records, so <see cref="CartTransactionLog"/> maps without translation.
/// </summary>
public sealed record CartDocument
{
    /// <summary>The cart id (also the actor id).</summary>
    [JsonPropertyName("cart_id")]
    public required string CartId { get; init; }

    /// <summary>Tenant id.</summary>
    [JsonPropertyName("tenant_id")]
    public required string TenantId { get; init; }

    /// <summary>Store code.</summary>
    [JsonPropertyName("store_code")]
    public required string StoreCode { get; init; }

    /// <summary>Store name for display.</summary>
    [JsonPropertyName("store_name")]
    public string? StoreName { get; init; }

    /// <summary>Terminal number.</summary>
    [JsonPropertyName("terminal_no")]
    public required int TerminalNo { get; init; }

    /// <summary>Business date of the terminal when the cart was created.</summary>
    [JsonPropertyName("business_date")]
    public DateOnly? BusinessDate { get; init; }

    /// <summary>Open counter of the terminal.</summary>
    [JsonPropertyName("open_counter")]
    public int? OpenCounter { get; init; }

    /// <summary>Business counter of the terminal.</summary>
    [JsonPropertyName("business_counter")]
    public int? BusinessCounter { get; init; }

    /// <summary>State of the cart's state machine.</summary>
    [JsonPropertyName("status")]
    [JsonConverter(typeof(JsonStringEnumConverter<CartState>))]
    public CartState State { get; init; }

    /// <summary>Transaction type (a cart is a normal sale unless created otherwise).</summary>
    [JsonPropertyName("transaction_type")]
    public TransactionType TransactionType { get; init; } = TransactionType.NormalSales;

    /// <summary>Transaction number; null until the bill assigns one.</summary>
    [JsonPropertyName("transaction_no")]
    public int? TransactionNo { get; init; }

    /// <summary>Receipt number; null until the bill assigns one.</summary>
    [JsonPropertyName("receipt_no")]
    public int? ReceiptNo { get; init; }

    /// <summary>When the transaction was generated (bill or cancel).</summary>
    [JsonPropertyName("generate_date_time")]
    public DateTimeOffset? GenerateDateTime { get; init; }

    /// <summary>The account user who created the cart.</summary>
    [JsonPropertyName("user")]
    public TransactionUser? User { get; init; }

    /// <summary>The staff member signed in at the terminal.</summary>
    [JsonPropertyName("staff")]
    public TransactionStaff? Staff { get; init; }

    /// <summary>Lines, cancelled ones included.</summary>
    [JsonPropertyName("line_items")]
    public IReadOnlyList<CartLineItem> LineItems { get; init; } = [];

    /// <summary>Payments in the order taken.</summary>
    [JsonPropertyName("payments")]
    public IReadOnlyList<TransactionPayment> Payments { get; init; } = [];

    /// <summary>Taxes per tax code, in the order the codes first appear on the lines.</summary>
    [JsonPropertyName("taxes")]
    public IReadOnlyList<TransactionTax> Taxes { get; init; } = [];

    /// <summary>Discounts on the subtotal.</summary>
    [JsonPropertyName("subtotal_discounts")]
    public IReadOnlyList<TransactionDiscount> SubtotalDiscounts { get; init; } = [];

    /// <summary>Sales totals, change and stamp duty.</summary>
    [JsonPropertyName("sales")]
    public TransactionSales Sales { get; init; } = new();

    /// <summary>Sum of the amounts of the lines not cancelled.</summary>
    [JsonPropertyName("subtotal_amount")]
    public decimal SubtotalAmount { get; init; }

    /// <summary>Total with external tax minus payments.</summary>
    [JsonPropertyName("balance_amount")]
    public decimal BalanceAmount { get; init; }

    /// <summary>Rendered receipt text (at bill or cancel).</summary>
    [JsonPropertyName("receipt_text")]
    public string? ReceiptText { get; init; }

    /// <summary>Rendered journal text (at bill or cancel).</summary>
    [JsonPropertyName("journal_text")]
    public string? JournalText { get; init; }

    /// <summary>The bill or cancel numbered but not yet recorded; null otherwise (and then not written).</summary>
    [JsonPropertyName("pending_log")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CartPendingLog? PendingLog { get; init; }

    /// <summary>The master data this cart used.</summary>
    [JsonPropertyName("masters")]
    public CartMasters Masters { get; init; } = new();
}
