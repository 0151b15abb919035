using Kugelpos.Dapr.Outbox;

namespace Kugelpos.Dapr.Tests.Outbox;

public sealed class DeliveryStatusTests
{
    private static SubscriberDelivery Service(string status) => new("report", status, null, null);

    [Fact]
    public void An_event_the_sidecar_has_not_accepted_is_pending() =>
        Assert.Equal(DeliveryStatus.Pending, DeliveryStatus.Of(published: false, [Service(SubscriberStatus.Received)]));

    [Fact]
    public void A_published_event_nobody_confirmed_is_published() =>
        Assert.Equal(DeliveryStatus.Published, DeliveryStatus.Of(published: true, [Service(SubscriberStatus.Pending), Service(SubscriberStatus.Failed)]));

    [Fact]
    public void Some_confirmations_make_it_partially_delivered() =>
        Assert.Equal(DeliveryStatus.PartiallyDelivered, DeliveryStatus.Of(published: true, [Service(SubscriberStatus.Received), Service(SubscriberStatus.Pending)]));

    [Fact]
    public void A_failed_subscriber_keeps_it_partially_delivered() =>
        Assert.Equal(DeliveryStatus.PartiallyDelivered, DeliveryStatus.Of(published: true, [Service(SubscriberStatus.Received), Service(SubscriberStatus.Failed)]));

    [Fact]
    public void Every_confirmation_makes_it_delivered() =>
        Assert.Equal(DeliveryStatus.Delivered, DeliveryStatus.Of(published: true, [Service(SubscriberStatus.Received), Service(SubscriberStatus.Received)]));

    [Fact]
    public void With_no_subscriber_to_wait_for_acceptance_is_delivery() =>
        Assert.Equal(DeliveryStatus.Delivered, DeliveryStatus.Of(published: true, []));
}
