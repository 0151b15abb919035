using System.Diagnostics.Metrics;

namespace Kugelpos.ServiceDefaults.Metrics;

/// <summary>
/// Event-processing metrics that subscriber services record on meter <c>Kugelpos.Events</c>:
/// <c>kugelpos.events.processed</c> (counter, tags <c>topic</c> and <c>outcome</c> =
/// success|failure|skip|dropped), <c>kugelpos.events.delivery_latency</c> (histogram in ms from the
/// event's publish time to its handling, tag <c>topic</c>) and <c>kugelpos.events.dead_letters</c>
/// (counter of events that reached a dead-letter topic, tag <c>topic</c> = the dead-letter topic). Registered as a singleton by
/// <c>AddServiceDefaults</c>.
/// </summary>
public sealed class KugelposEventMetrics
{
    /// <summary>Name of the processed-events counter.</summary>
    public const string ProcessedName = "kugelpos.events.processed";

    /// <summary>Name of the delivery-latency histogram.</summary>
    public const string DeliveryLatencyName = "kugelpos.events.delivery_latency";

    /// <summary>Name of the dead-letter counter.</summary>
    public const string DeadLettersName = "kugelpos.events.dead_letters";

    private readonly TimeProvider _timeProvider;
    private readonly Counter<long> _processed;
    private readonly Histogram<double> _deliveryLatency;
    private readonly Counter<long> _deadLetters;

    /// <summary>Creates the instruments on a meter owned by <paramref name="meterFactory"/>.</summary>
    /// <param name="meterFactory">The host's meter factory.</param>
    /// <param name="timeProvider">The clock that "now" is read from when measuring latency.</param>
    public KugelposEventMetrics(IMeterFactory meterFactory, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _timeProvider = timeProvider;
        var meter = meterFactory.Create(KugelposMeters.Events);
        _processed = meter.CreateCounter<long>(ProcessedName, "{event}", "Pub/sub events processed, by topic and outcome.");
        _deliveryLatency = meter.CreateHistogram<double>(
            DeliveryLatencyName, "ms", "Time from an event's publication to its handling.");
        _deadLetters = meter.CreateCounter<long>(DeadLettersName, "{event}", "Events that reached a dead-letter topic, by dead-letter topic.");
    }

    /// <summary>Counts one processed event.</summary>
    /// <param name="topic">The pub/sub topic, e.g. <c>topic-tranlog</c>.</param>
    /// <param name="outcome">How the event was disposed of.</param>
    public void RecordProcessed(string topic, EventOutcome outcome)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(topic);
        var outcomeTag = outcome switch
        {
            EventOutcome.Success => "success",
            EventOutcome.Failure => "failure",
            EventOutcome.Skip => "skip",
            EventOutcome.Dropped => "dropped",
            _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown event outcome."),
        };
        _processed.Add(1, new KeyValuePair<string, object?>("topic", topic), new KeyValuePair<string, object?>("outcome", outcomeTag));
    }

    /// <summary>Records the delivery latency of an event published at <paramref name="publishedAt"/>, measured now.</summary>
    /// <param name="topic">The pub/sub topic.</param>
    /// <param name="publishedAt">The publish time carried by the event (CloudEvent <c>time</c>).</param>
    public void RecordDeliveryLatency(string topic, DateTimeOffset publishedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(topic);

        // Publisher and subscriber clocks differ by a little; a negative latency means "immediately".
        var milliseconds = Math.Max(0, (_timeProvider.GetUtcNow() - publishedAt).TotalMilliseconds);
        _deliveryLatency.Record(milliseconds, new KeyValuePair<string, object?>("topic", topic));
    }

    /// <summary>Counts one event that reached <paramref name="deadLetterTopic"/>.</summary>
    /// <param name="deadLetterTopic">The dead-letter topic, e.g. <c>topic-tranlog-deadletter</c>.</param>
    public void RecordDeadLetter(string deadLetterTopic)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(deadLetterTopic);
        _deadLetters.Add(1, new KeyValuePair<string, object?>("topic", deadLetterTopic));
    }
}
