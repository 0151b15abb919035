using System.Text.Json.Serialization;

namespace Kugelpos.Contracts;

/// <summary>
/// What every Kugelpos event carries: the terminal it comes from, its business day and
/// counters, when it was generated, its receipt and journal text, and its unique id. Each
/// event record adds its own fields; the wire names are the original's snake_case.
/// </summary>
public abstract record TerminalEvent : IKugelposEvent
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

    /// <summary>Rendered receipt text.</summary>
    [JsonPropertyName("receipt_text")]
    public string? ReceiptText { get; init; }

    /// <summary>Rendered journal text.</summary>
    [JsonPropertyName("journal_text")]
    public string? JournalText { get; init; }

    /// <inheritdoc />
    [JsonPropertyName("event_id")]
    public required Guid EventId { get; init; }
}
