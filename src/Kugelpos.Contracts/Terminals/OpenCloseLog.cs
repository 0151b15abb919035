using System.Text.Json.Serialization;

namespace Kugelpos.Contracts.Terminals;

/// <summary>
/// The terminal open/close log event (topic-opencloselog), published by the terminal
/// when it opens or closes.
/// </summary>
/// <remarks>
/// Wire format followed: kugel-masa/kugelpos-backend, terminal/app/models/documents/open_close_log.py
/// as published by terminal/app/services/terminal_service.py: <c>model_dump()</c> (snake_case)
/// plus <c>event_id</c> (uuid4 string) and <c>event_type</c> ("open" or "close"). Ours: the
/// terminal snapshot carries no api_key and its staff no pin (the original leaked both on
/// close); whatever such fields an original publisher sends are dropped when read.
/// </remarks>
public sealed record OpenCloseLog : TerminalEvent
{
    /// <summary>The signed-in staff member's id.</summary>
    [JsonPropertyName("staff_id")]
    public string? StaffId { get; init; }

    /// <summary>The signed-in staff member's name.</summary>
    [JsonPropertyName("staff_name")]
    public string? StaffName { get; init; }

    /// <summary><see cref="TerminalOperations.Open"/> or <see cref="TerminalOperations.Close"/>.</summary>
    [JsonPropertyName("operation")]
    public string? Operation { get; init; }

    /// <summary>The terminal's state at the time, secrets removed.</summary>
    [JsonPropertyName("terminal_info")]
    public TerminalInfo? TerminalInfo { get; init; }

    /// <summary>On close: number of cart transactions in the session.</summary>
    [JsonPropertyName("cart_transaction_count")]
    public int? CartTransactionCount { get; init; }

    /// <summary>On close: last transaction number in the session.</summary>
    [JsonPropertyName("cart_transaction_last_no")]
    public int? CartTransactionLastNo { get; init; }

    /// <summary>On close: number of cash in/out logs in the session.</summary>
    [JsonPropertyName("cash_in_out_count")]
    public int? CashInOutCount { get; init; }

    /// <summary>On close: time of the last cash in/out log in the session.</summary>
    [JsonPropertyName("cash_in_out_last_datetime")]
    public DateTimeOffset? CashInOutLastDateTime { get; init; }

    /// <summary><see cref="TerminalEventTypes.Open"/> or <see cref="TerminalEventTypes.Close"/>.</summary>
    [JsonPropertyName("event_type")]
    public string? EventType { get; init; }
}
