using System.Text.Json.Serialization;

namespace Kugelpos.Contracts.Terminals;

/// <summary>
/// The staff member signed in to a terminal (StaffMasterDocument in the original)
/// without the PIN.
/// </summary>
public sealed record TerminalStaff
{
    /// <summary>Tenant id.</summary>
    [JsonPropertyName("tenant_id")]
    public string? TenantId { get; init; }

    /// <summary>Store code.</summary>
    [JsonPropertyName("store_code")]
    public string? StoreCode { get; init; }

    /// <summary>Staff id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Staff name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Whether the staff record is deleted.</summary>
    [JsonPropertyName("is_deleted")]
    public bool IsDeleted { get; init; }
}
