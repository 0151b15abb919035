using System.Text.Json.Serialization;

namespace Kugelpos.Contracts.Terminals;

/// <summary>
/// The cash in/out log event (topic-cashlog), published by the terminal for a
/// cash in, a cash out (negative amount) and an opening float.
/// </summary>
/// <remarks>
/// Wire format followed: kugel-masa/kugelpos-backend, terminal/app/models/documents/cash_in_out_log.py
/// as published by terminal/app/services/terminal_service.py: <c>model_dump()</c> (snake_case)
/// plus <c>event_id</c> (uuid4 string) and <c>event_type</c> ("cash_in_out"). The storage
/// bookkeeping of AbstractDocument (shard_key, created_at, updated_at, etag) is left out and
/// tolerated when read.
/// </remarks>
public sealed record CashInOutLog : IKugelposEvent
{
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

    /// <summary>The signed-in staff member's id.</summary>
    [JsonPropertyName("staff_id")]
    public string? StaffId { get; init; }

    /// <summary>The signed-in staff member's name.</summary>
    [JsonPropertyName("staff_name")]
    public string? StaffName { get; init; }

    /// <summary>Business date (wire form <c>YYYYMMDD</c>).</summary>
    [JsonPropertyName("business_date")]
    public DateOnly? BusinessDate { get; init; }

    /// <summary>Open counter on the business date.</summary>
    [JsonPropertyName("open_counter")]
    public int? OpenCounter { get; init; }

    /// <summary>Business counter.</summary>
    [JsonPropertyName("business_counter")]
    public int? BusinessCounter { get; init; }

    /// <summary>When the log was generated.</summary>
    [JsonPropertyName("generate_date_time")]
    public DateTimeOffset? GenerateDateTime { get; init; }

    /// <summary>Cash put in (positive) or taken out (negative).</summary>
    [JsonPropertyName("amount")]
    public decimal? Amount { get; init; }

    /// <summary>Reason for the movement, e.g. "Initial amount".</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>Rendered receipt text.</summary>
    [JsonPropertyName("receipt_text")]
    public string? ReceiptText { get; init; }

    /// <summary>Rendered journal text.</summary>
    [JsonPropertyName("journal_text")]
    public string? JournalText { get; init; }

    /// <inheritdoc />
    [JsonPropertyName("event_id")]
    public required Guid EventId { get; init; }

    /// <summary>
    /// <see cref="TerminalEventTypes.CashInOut"/>. The original omits it on the cash log of an
    /// opening float, so it may be null when read.
    /// </summary>
    [JsonPropertyName("event_type")]
    public string? EventType { get; init; }
}
