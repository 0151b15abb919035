using System.Text.Json.Serialization;

namespace Kugelpos.Dapr.Outbox;

/// <summary>What the delivery-status callback answers (OpenAPI schema <c>DeliveryStatusUpdateResponse</c>, snake_case).</summary>
/// <param name="EventId">The log's event id.</param>
/// <param name="Service">The reporting service.</param>
/// <param name="Status">Its status.</param>
/// <param name="Success">Always true; a report on a log not pending is a 404.</param>
public sealed record DeliveryStatusUpdateResponse(
    [property: JsonPropertyName("event_id")] Guid EventId,
    [property: JsonPropertyName("service")] string Service,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("success")] bool Success);
