using System.Text.Json.Serialization;

namespace Kugelpos.Contracts.Terminals;

/// <summary>
/// The terminal snapshot inside an open/close log (TerminalInfoDocument in the original)
/// without its api_key, which has no place in an event.
/// </summary>
public sealed record TerminalInfo
{
    /// <summary>Tenant id.</summary>
    [JsonPropertyName("tenant_id")]
    public string? TenantId { get; init; }

    /// <summary>Store code.</summary>
    [JsonPropertyName("store_code")]
    public string? StoreCode { get; init; }

    /// <summary>Terminal number.</summary>
    [JsonPropertyName("terminal_no")]
    public int? TerminalNo { get; init; }

    /// <summary>Terminal description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>Terminal id, <c>{tenant_id}-{store_code}-{terminal_no}</c>.</summary>
    [JsonPropertyName("terminal_id")]
    public string? TerminalId { get; init; }

    /// <summary>Function mode, e.g. <c>OpenTerminal</c>.</summary>
    [JsonPropertyName("function_mode")]
    public string? FunctionMode { get; init; }

    /// <summary>Status: <c>Idle</c>, <c>Opened</c> or <c>Closed</c>.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; init; }

    /// <summary>Business date (wire form <c>YYYYMMDD</c>).</summary>
    [JsonPropertyName("business_date")]
    public DateOnly? BusinessDate { get; init; }

    /// <summary>Open counter on the business date.</summary>
    [JsonPropertyName("open_counter")]
    public int? OpenCounter { get; init; }

    /// <summary>Business counter.</summary>
    [JsonPropertyName("business_counter")]
    public int? BusinessCounter { get; init; }

    /// <summary>The signed-in staff member, without PIN.</summary>
    [JsonPropertyName("staff")]
    public TerminalStaff? Staff { get; init; }

    /// <summary>Cash in the drawer at open.</summary>
    [JsonPropertyName("initial_amount")]
    public decimal? InitialAmount { get; init; }

    /// <summary>Cash counted at close.</summary>
    [JsonPropertyName("physical_amount")]
    public decimal? PhysicalAmount { get; init; }

    /// <summary>Tags.</summary>
    [JsonPropertyName("tags")]
    public IReadOnlyList<string> Tags { get; init; } = [];
}
