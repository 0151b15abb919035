using System.Text.Json.Serialization;

namespace Kugelpos.Dapr.Outbox;

/// <summary>
/// A subscriber's report to the publisher of an event (the original's
/// <c>DeliveryStatusUpdateRequest</c>, POSTed to the publisher's <c>.../delivery-status</c>).
/// </summary>
/// <param name="EventId">The event's id.</param>
/// <param name="Service">The reporting subscriber service, e.g. <c>report</c>.</param>
/// <param name="Status"><see cref="SubscriberStatus.Received"/> or <see cref="SubscriberStatus.Failed"/>.</param>
/// <param name="Message">Why it failed, or a note.</param>
public sealed record DeliveryStatusUpdate(
    [property: JsonPropertyName("event_id")] string EventId,
    [property: JsonPropertyName("service")] string Service,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("message")] string? Message = null);
