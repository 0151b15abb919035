using Kugelpos.DocumentStore;

namespace Kugelpos.Dapr.Subscriptions.DeadLetters;

/// <summary>An event that reached a dead-letter topic, as the subscriber received it there.</summary>
public sealed record DeadLetter : IDocument
{
    /// <summary>The dead-letter message's CloudEvent id, so a redelivered dead letter is recorded once.</summary>
    public required string Id { get; init; }

    /// <summary>The dead-letter topic it arrived on, e.g. <c>topic-tranlog-deadletter</c>.</summary>
    public required string Topic { get; init; }

    /// <summary>The event's <c>event_id</c>, when the message has one.</summary>
    public string? EventId { get; init; }

    /// <summary>When the subscriber recorded it.</summary>
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>The message as delivered, cut at <see cref="DeadLetterBox.MaxDataLength"/> characters.</summary>
    public required string Data { get; init; }
}
