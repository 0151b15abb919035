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
public sealed record CashInOutLog : TerminalEvent
{
    /// <summary>The signed-in staff member's id.</summary>
    [JsonPropertyName("staff_id")]
    public string? StaffId { get; init; }

    /// <summary>The signed-in staff member's name.</summary>
    [JsonPropertyName("staff_name")]
    public string? StaffName { get; init; }

    /// <summary>Cash put in (positive) or taken out (negative).</summary>
    [JsonPropertyName("amount")]
    public decimal? Amount { get; init; }

    /// <summary>Reason for the movement, e.g. "Initial amount".</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>
    /// <see cref="TerminalEventTypes.CashInOut"/>. The original omits it on the cash log of an
    /// opening float, so it may be null when read.
    /// </summary>
    [JsonPropertyName("event_type")]
    public string? EventType { get; init; }
}
