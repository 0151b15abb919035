using System.Text.Json;
using System.Text.Json.Serialization;
using Kugelpos.Contracts.PubSub;

namespace Kugelpos.Dapr.Outbox;

/// <summary>
/// One event that must not be lost: its pending publication and its delivery status in one
/// record, kept in the publishing actor's state. The delivery-status fields carry the names of
/// the original's <c>TranlogDeliveryStatus</c> document (event_id, published_at, status,
/// services, payload, last_updated_at); the rest is the relay's bookkeeping.
/// </summary>
public sealed record OutboxEntry
{
    /// <summary>The event's id; subscribers skip an id they already applied.</summary>
    [JsonPropertyName("event_id")]
    public required Guid EventId { get; init; }

    /// <summary>The pub/sub component it is published to.</summary>
    [JsonPropertyName("pubsub_name")]
    public required string PubSubName { get; init; }

    /// <summary>The topic it is published to.</summary>
    [JsonPropertyName("topic")]
    public required string Topic { get; init; }

    /// <summary>The event in its wire form (EventJson), published byte for byte as stored.</summary>
    [JsonPropertyName("payload")]
    public required JsonElement Payload { get; init; }

    /// <summary>The overall <see cref="DeliveryStatus"/>.</summary>
    [JsonPropertyName("status")]
    public required string Status { get; init; }

    /// <summary>What each expected subscriber service reported.</summary>
    [JsonPropertyName("services")]
    public required IReadOnlyList<SubscriberDelivery> Services { get; init; }

    /// <summary>When the sidecar first accepted the event; null until then.</summary>
    [JsonPropertyName("published_at")]
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>When this record last changed.</summary>
    [JsonPropertyName("last_updated_at")]
    public required DateTimeOffset LastUpdatedAt { get; init; }

    /// <summary>Failed publish attempts in a row; 0 after a success.</summary>
    [JsonPropertyName("failed_attempts")]
    public int FailedAttempts { get; init; }

    /// <summary>When the relay next publishes it; null when nothing is left to do.</summary>
    [JsonPropertyName("next_attempt_at")]
    public DateTimeOffset? NextAttemptAt { get; init; }

    /// <summary>Why the last publish failed; null after a success.</summary>
    [JsonPropertyName("last_error")]
    public string? LastError { get; init; }

    /// <summary>Nothing left to do: published, and no subscriber still pending.</summary>
    [JsonIgnore]
    public bool IsSettled => PublishedAt is not null && Services.All(s => s.Status != SubscriberStatus.Pending);

    /// <summary>A new entry, due at once, awaiting each of <paramref name="subscribers"/>.</summary>
    public static OutboxEntry Create(Guid eventId, EventChannel channel, JsonElement payload, IEnumerable<string> subscribers, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(subscribers);
        var services = subscribers.Distinct(StringComparer.Ordinal).Select(SubscriberDelivery.PendingFor).ToArray();
        return new OutboxEntry
        {
            EventId = eventId,
            PubSubName = channel.PubSubName,
            Topic = channel.Topic,
            Payload = payload.Clone(),
            Status = DeliveryStatus.Of(published: false, services),
            Services = services,
            LastUpdatedAt = now,
            NextAttemptAt = now,
        };
    }

    /// <summary>Due for a publish at <paramref name="now"/>.</summary>
    public bool IsDueAt(DateTimeOffset now) => NextAttemptAt is { } due && due <= now;

    /// <summary>The sidecar accepted it: republish after <paramref name="republishInterval"/> while a subscriber is pending.</summary>
    public OutboxEntry PublishSucceeded(DateTimeOffset now, TimeSpan republishInterval)
    {
        var published = this with { PublishedAt = PublishedAt ?? now, FailedAttempts = 0, LastError = null, LastUpdatedAt = now };
        return published with
        {
            Status = DeliveryStatus.Of(published: true, Services),
            NextAttemptAt = published.IsSettled ? null : now + republishInterval,
        };
    }

    /// <summary>The publish failed: try again after the backoff for one more failure.</summary>
    public OutboxEntry PublishFailed(DateTimeOffset now, string error, OutboxBackoff backoff)
    {
        ArgumentNullException.ThrowIfNull(backoff);
        var failures = FailedAttempts + 1;
        return this with
        {
            FailedAttempts = failures,
            LastError = error,
            NextAttemptAt = now + backoff.DelayAfter(failures),
            LastUpdatedAt = now,
        };
    }

    /// <summary>
    /// Not tried in this relay run because pub/sub is out of reach: wait until
    /// <paramref name="retryAt"/>, the next attempt of the entry that found the outage. Not a
    /// failed attempt of its own, so its backoff does not grow.
    /// </summary>
    public OutboxEntry DeferredTo(DateTimeOffset retryAt, DateTimeOffset now) =>
        this with { NextAttemptAt = retryAt, LastUpdatedAt = now };

    /// <summary>
    /// A subscriber's report. A service not expected is added, as the original records whoever
    /// reports; a report proves the event was published, even when the relay could not record
    /// the sidecar's acceptance; once no subscriber is pending the relay stops republishing.
    /// </summary>
    /// <exception cref="ArgumentException">The status is not one a subscriber may report.</exception>
    public OutboxEntry WithReport(string serviceName, string status, string? message, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceName);
        if (!SubscriberStatus.IsReportable(status))
        {
            throw new ArgumentException($"status must be '{SubscriberStatus.Received}' or '{SubscriberStatus.Failed}'.", nameof(status));
        }

        var report = new SubscriberDelivery(serviceName, status, now, message);
        var services = Services.Any(s => s.ServiceName == serviceName)
            ? Services.Select(s => s.ServiceName == serviceName ? report : s).ToArray()
            : [.. Services, report];
        var updated = this with { Services = services, PublishedAt = PublishedAt ?? now, LastUpdatedAt = now };
        return updated with
        {
            Status = DeliveryStatus.Of(published: true, services),
            NextAttemptAt = updated.IsSettled ? null : NextAttemptAt,
        };
    }
}
