using System.Text.Json.Serialization;
using Kugelpos.Contracts;

namespace Kugelpos.Dapr.Tests;

/// <summary>A Kugelpos event used in the publish tests.</summary>
public sealed record OrderShipped(
    [property: JsonPropertyName("event_id")] Guid EventId,
    [property: JsonPropertyName("order_id")] string OrderId) : IKugelposEvent;
