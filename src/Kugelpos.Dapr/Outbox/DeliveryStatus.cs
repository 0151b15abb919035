namespace Kugelpos.Dapr.Outbox;

/// <summary>The overall delivery status of an event, as the original's wire strings.</summary>
public static class DeliveryStatus
{
    /// <summary>Not accepted by the sidecar yet.</summary>
    public const string Pending = "pending";

    /// <summary>Accepted by the sidecar; no subscriber has confirmed it.</summary>
    public const string Published = "published";

    /// <summary>Some subscribers confirmed it, not all.</summary>
    public const string PartiallyDelivered = "partially_delivered";

    /// <summary>Every expected subscriber confirmed it.</summary>
    public const string Delivered = "delivered";

    /// <summary>
    /// The overall status from whether the sidecar accepted the event and what each subscriber
    /// reported. With no expected subscriber, acceptance by the sidecar is delivery.
    /// </summary>
    public static string Of(bool published, IReadOnlyCollection<SubscriberDelivery> services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (!published)
        {
            return Pending;
        }

        var received = services.Count(s => s.Status == SubscriberStatus.Received);
        return received == services.Count ? Delivered
            : received == 0 ? Published
            : PartiallyDelivered;
    }
}
