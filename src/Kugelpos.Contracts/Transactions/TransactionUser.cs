using System.Text.Json.Serialization;

namespace Kugelpos.Contracts.Transactions;

/// <summary>The account user behind a transaction (UserInfoDocument in the original).</summary>
public sealed record TransactionUser
{
    /// <summary>User id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>User name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }
}
