using System.Text.Json.Serialization;

namespace Kugelpos.Dapr.Subscriptions;

/// <summary>The body daprd reads from a subscriber's answer.</summary>
/// <param name="Status"><c>SUCCESS</c>, <c>RETRY</c> or <c>DROP</c>.</param>
internal sealed record SubscriptionStatusBody([property: JsonPropertyName("status")] string Status);
