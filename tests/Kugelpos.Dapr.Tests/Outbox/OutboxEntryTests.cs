using System.Globalization;
using System.Text.Json;
using Kugelpos.Contracts.PubSub;
using Kugelpos.Dapr.Outbox;

namespace Kugelpos.Dapr.Tests.Outbox;

public sealed class OutboxEntryTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2025-01-01T00:00:00Z", CultureInfo.InvariantCulture);
    private static readonly TimeSpan Republish = TimeSpan.FromMinutes(5);
    private static readonly JsonSerializerOptions ActorJson = new(JsonSerializerDefaults.Web);
    private static readonly OutboxBackoff Backoff = new(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));

    private static OutboxEntry NewEntry(params string[] subscribers) =>
        OutboxEntry.Create(Guid.NewGuid(), EventChannels.Tranlog, JsonDocument.Parse("""{"event_id":"x"}""").RootElement, subscribers, Now);

    [Fact]
    public void A_new_entry_is_pending_and_due_at_once()
    {
        var entry = NewEntry("report", "journal");

        Assert.Equal(DeliveryStatus.Pending, entry.Status);
        Assert.True(entry.IsDueAt(Now));
        Assert.Equal(["report", "journal"], entry.Services.Select(s => s.ServiceName));
        Assert.All(entry.Services, s => Assert.Equal(SubscriberStatus.Pending, s.Status));
        Assert.Equal((EventChannels.TranlogPubSub, EventChannels.TranlogTopic), (entry.PubSubName, entry.Topic));
    }

    [Fact]
    public void Failed_publishes_back_off_and_keep_the_reason()
    {
        var entry = NewEntry("report").PublishFailed(Now, "pub/sub down", Backoff).PublishFailed(Now, "still down", Backoff);

        Assert.Equal(2, entry.FailedAttempts);
        Assert.Equal(Now + TimeSpan.FromSeconds(2), entry.NextAttemptAt);
        Assert.Equal("still down", entry.LastError);
        Assert.False(entry.IsDueAt(Now + TimeSpan.FromSeconds(1)));
        Assert.Equal(DeliveryStatus.Pending, entry.Status);
    }

    [Fact]
    public void A_published_entry_is_republished_after_the_interval_while_a_subscriber_is_pending()
    {
        var entry = NewEntry("report").PublishFailed(Now, "down", Backoff).PublishSucceeded(Now, Republish);

        Assert.Equal(DeliveryStatus.Published, entry.Status);
        Assert.Equal(Now, entry.PublishedAt);
        Assert.Equal(0, entry.FailedAttempts);
        Assert.Null(entry.LastError);
        Assert.Equal(Now + Republish, entry.NextAttemptAt);
        Assert.False(entry.IsSettled);
    }

    [Fact]
    public void A_republish_keeps_the_first_publication_time()
    {
        var later = Now + Republish;
        var entry = NewEntry("report").PublishSucceeded(Now, Republish).PublishSucceeded(later, Republish);

        Assert.Equal(Now, entry.PublishedAt);
        Assert.Equal(later + Republish, entry.NextAttemptAt);
    }

    [Fact]
    public void Without_subscribers_to_wait_for_a_publish_settles_it()
    {
        var entry = NewEntry().PublishSucceeded(Now, Republish);

        Assert.True(entry.IsSettled);
        Assert.Null(entry.NextAttemptAt);
        Assert.Equal(DeliveryStatus.Delivered, entry.Status);
    }

    [Fact]
    public void Reports_move_it_to_partially_delivered_then_delivered()
    {
        var published = NewEntry("report", "journal").PublishSucceeded(Now, Republish);
        var later = Now.AddSeconds(3);

        var partly = published.WithReport("report", SubscriberStatus.Received, null, later);
        var fully = partly.WithReport("journal", SubscriberStatus.Received, "ok", later);

        Assert.Equal(DeliveryStatus.PartiallyDelivered, partly.Status);
        Assert.Equal(Now + Republish, partly.NextAttemptAt);
        Assert.Equal(DeliveryStatus.Delivered, fully.Status);
        Assert.True(fully.IsSettled);
        Assert.Null(fully.NextAttemptAt);
        Assert.Equal(new SubscriberDelivery("journal", SubscriberStatus.Received, later, "ok"), fully.Services[1]);
        Assert.Equal(later, fully.LastUpdatedAt);
    }

    [Fact]
    public void A_failed_subscriber_is_not_republished_to_forever()
    {
        var entry = NewEntry("report").PublishSucceeded(Now, Republish).WithReport("report", SubscriberStatus.Failed, "poison", Now);

        Assert.True(entry.IsSettled);
        Assert.Equal(DeliveryStatus.Published, entry.Status);
        Assert.Equal("poison", entry.Services.Single().Message);
    }

    [Fact]
    public void A_report_from_an_unexpected_service_is_recorded_beside_the_expected_ones()
    {
        var entry = NewEntry("report").PublishSucceeded(Now, Republish).WithReport("stock", SubscriberStatus.Received, null, Now);

        Assert.Equal(["report", "stock"], entry.Services.Select(s => s.ServiceName));
        Assert.Equal(DeliveryStatus.PartiallyDelivered, entry.Status);
    }

    [Fact]
    public void A_report_proves_publication_when_the_acceptance_was_not_recorded()
    {
        var entry = NewEntry("report").WithReport("report", SubscriberStatus.Received, null, Now);

        Assert.Equal(Now, entry.PublishedAt);
        Assert.Equal(DeliveryStatus.Delivered, entry.Status);
        Assert.True(entry.IsSettled);
    }

    [Theory]
    [InlineData("pending")]
    [InlineData("RECEIVED")]
    [InlineData("delivered")]
    public void A_subscriber_may_only_report_received_or_failed(string status) =>
        Assert.Throws<ArgumentException>(() => NewEntry("report").WithReport("report", status, null, Now));

    [Fact]
    public void The_record_travels_with_the_original_delivery_status_field_names()
    {
        var entry = NewEntry("report").PublishSucceeded(Now, Republish);

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(entry, ActorJson));

        var root = json.RootElement;
        foreach (var name in new[] { "event_id", "published_at", "status", "services", "payload", "last_updated_at" })
        {
            Assert.True(root.TryGetProperty(name, out _), name);
        }

        var service = root.GetProperty("services")[0];
        Assert.Equal("report", service.GetProperty("service_name").GetString());
        Assert.Equal("pending", service.GetProperty("status").GetString());
        Assert.True(service.TryGetProperty("received_at", out _));
        Assert.Equal("x", root.GetProperty("payload").GetProperty("event_id").GetString());
    }
}
