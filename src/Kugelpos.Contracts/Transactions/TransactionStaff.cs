using System.Text.Json.Serialization;

namespace Kugelpos.Contracts.Transactions;

/// <summary>The staff member on a transaction (BaseTransaction.Staff): id and name only.</summary>
public sealed record TransactionStaff
{
    /// <summary>Staff id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Staff name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }
}
