using System.Text.Json.Serialization;

namespace Kugelpos.Dapr.Outbox;

/// <summary>One subscriber service's part of a delivery status (the original's field names).</summary>
/// <param name="ServiceName">The subscriber service, e.g. <c>report</c>.</param>
/// <param name="Status">A <see cref="SubscriberStatus"/> value.</param>
/// <param name="ReceivedAt">When the subscriber reported; null while pending.</param>
/// <param name="Message">What the subscriber said, e.g. why it failed.</param>
public sealed record SubscriberDelivery(
    [property: JsonPropertyName("service_name")] string ServiceName,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("received_at")] DateTimeOffset? ReceivedAt,
    [property: JsonPropertyName("message")] string? Message)
{
    /// <summary>A subscriber that has not reported yet.</summary>
    public static SubscriberDelivery PendingFor(string serviceName) => new(serviceName, SubscriberStatus.Pending, null, null);
}
