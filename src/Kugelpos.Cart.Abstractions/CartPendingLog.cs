using System.Text.Json.Serialization;

namespace Kugelpos.Cart.Abstractions;

/// <summary>
/// The transaction log a bill or cancel has numbered but not yet finished recording. The cart saves
/// it with the numbers before the log is recorded, so a retry after a crash records the same log
/// (same numbers, same event id, same time) instead of a second one; until then the cart takes no
/// other change.
/// </summary>
public sealed record CartPendingLog
{
    /// <summary>Bill or cancel.</summary>
    [JsonPropertyName("kind")]
    [JsonConverter(typeof(JsonStringEnumConverter<CartLogKind>))]
    public required CartLogKind Kind { get; init; }

    /// <summary>The event id the log is published with.</summary>
    [JsonPropertyName("event_id")]
    public required Guid EventId { get; init; }
}
