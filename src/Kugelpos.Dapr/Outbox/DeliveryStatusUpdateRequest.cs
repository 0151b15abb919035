using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Kugelpos.ServiceDefaults.Validation;

namespace Kugelpos.Dapr.Outbox;

/// <summary>
/// The body of a publisher's <c>.../delivery-status</c> callback (the terminal's and the cart's transactions;
/// OpenAPI schema <c>DeliveryStatusUpdateRequest</c>, snake_case), as a subscriber sends it.
/// </summary>
public sealed record DeliveryStatusUpdateRequest
{
    /// <summary>The published log's event id.</summary>
    [JsonPropertyName("event_id")]
    [Required(ErrorMessage = "event_id is required")]
    public Guid? EventId { get; init; }

    /// <summary>The reporting service.</summary>
    [JsonPropertyName("service")]
    [Required(ErrorMessage = "service is required and must not be blank")]
    [StringLength(100, ErrorMessage = "service must be at most {1} characters")]
    [NoControlCharacters]
    public string? Service { get; init; }

    /// <summary>Its status, e.g. <c>received</c>.</summary>
    [JsonPropertyName("status")]
    [Required(ErrorMessage = "status is required and must not be blank")]
    [StringLength(50, ErrorMessage = "status must be at most {1} characters")]
    [NoControlCharacters]
    public string? Status { get; init; }

    /// <summary>An optional message.</summary>
    [JsonPropertyName("message")]
    [StringLength(1000, ErrorMessage = "message must be at most {1} characters")]
    public string? Message { get; init; }
}
