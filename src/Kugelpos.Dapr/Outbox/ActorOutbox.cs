using System.Text.Json;
using Dapr.Actors.Runtime;
using Kugelpos.Contracts;
using Kugelpos.Contracts.PubSub;
using Kugelpos.Contracts.Serialization;
using Microsoft.Extensions.Logging;

namespace Kugelpos.Dapr.Outbox;

/// <summary>
/// The outbox of one actor: events enqueued in the actor's own state, beside the change they
/// report, so the actor runtime saves both in one state transaction at the end of the call; then
/// published by the relay reminder, with backoff, until the sidecar accepts them, and again until
/// every subscriber confirmed them. The actor calls <see cref="RelayAsync"/> from
/// <c>ReceiveReminderAsync</c> for <see cref="ReminderName"/>, and
/// <see cref="UpdateDeliveryStatusAsync"/> from its delivery-status method.
/// </summary>
/// <remarks>
/// The delivery status lives in the entry, in actor state, rather than in a document collection:
/// the record and its pending publication are one thing, written in one transaction with the
/// change, and the subscriber's callback names the publishing actor, so no second store has to
/// be kept in step. A settled entry (published, no subscriber pending) leaves the state.
/// </remarks>
public sealed class ActorOutbox
{
    /// <summary>The actor state key holding the pending entries.</summary>
    public const string StateKey = "kugelpos-outbox";

    /// <summary>The name of the relay reminder.</summary>
    public const string ReminderName = "kugelpos-outbox-relay";

    private readonly ActorHost _host;
    private readonly IActorStateManager _state;
    private readonly IDaprClientHelper _dapr;
    private readonly OutboxOptions _options;
    private readonly OutboxBackoff _backoff;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly TimeSpan? _stateTtl;

    /// <summary>Creates the outbox of the actor of <paramref name="host"/>; see <see cref="ActorOutboxFactory"/>.</summary>
    /// <param name="host">The actor's host.</param>
    /// <param name="state">The actor's state manager, which saves the entries with the actor's other changes.</param>
    /// <param name="dapr">Publishes the entries.</param>
    /// <param name="options">Retry and republish timing.</param>
    /// <param name="time">The clock of the entries' times.</param>
    /// <param name="stateTtl">
    /// The TTL every write of the entries carries, for an actor whose own state outlives its store's
    /// default TTL; null writes them with the store's default.
    /// </param>
    public ActorOutbox(ActorHost host, IActorStateManager state, IDaprClientHelper dapr, OutboxOptions options, TimeProvider time, TimeSpan? stateTtl = null)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(dapr);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _host = host;
        _state = state;
        _dapr = dapr;
        _options = options;
        _backoff = OutboxBackoff.From(options);
        _time = time;
        _stateTtl = stateTtl;
        _logger = host.LoggerFactory.CreateLogger<ActorOutbox>();
    }

    /// <summary>
    /// Adds <paramref name="evt"/> to the outbox, to be published on <paramref name="channel"/> and
    /// confirmed by each of <paramref name="subscribers"/> (service names, e.g. <c>report</c>),
    /// and wakes the relay. Nothing is published here: the entry is saved with the actor's other
    /// changes when the call ends, and the relay publishes it after that. An event id already in
    /// the outbox is not added twice.
    /// </summary>
    /// <exception cref="ArgumentException">The event has no event id.</exception>
    public async Task EnqueueAsync<TEvent>(EventChannel channel, TEvent evt, IEnumerable<string> subscribers, CancellationToken cancellationToken = default)
        where TEvent : class, IKugelposEvent
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(subscribers);
        using var payload = JsonDocument.Parse(EventJson.SerializeToUtf8Bytes(evt));
        var entries = await LoadAsync(cancellationToken);
        if (entries.Any(e => e.EventId == evt.EventId))
        {
            return;
        }

        var now = _time.GetUtcNow();
        entries.Add(OutboxEntry.Create(evt.EventId, channel, payload.RootElement, subscribers, now));
        await WriteAsync(entries, cancellationToken);
        await ScheduleAsync(entries, now);
    }

    /// <summary>
    /// Publishes every due entry through the Dapr helper, records each outcome (backoff after a
    /// failure, the republish time after a success), drops settled entries and sets the reminder
    /// to the next due time, or removes it when the outbox is empty. A publish that fails because
    /// pub/sub is out of reach (see <see cref="IsOutage"/>) ends the run: the remaining due
    /// entries wait for the same next attempt, untried.
    /// </summary>
    /// <remarks>
    /// The relay runs inside the actor's turn, so a POS call to the same actor waits for it.
    /// While pub/sub is down every publish waits out the sidecar's timeout until the breaker
    /// opens; trying one entry per run instead of all of them keeps that wait to one attempt.
    /// </remarks>
    public async Task RelayAsync(CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        var entries = await LoadAsync(cancellationToken);
        var kept = new List<OutboxEntry>(entries.Count);
        DateTimeOffset? outageRetryAt = null;
        foreach (var entry in entries)
        {
            var current = entry;
            if (entry.IsDueAt(now) && outageRetryAt is { } retryAt)
            {
                current = entry.DeferredTo(retryAt, now);
                _logger.LogInformation(
                    "Event {EventId} to {PubSub}/{Topic} waits for pub/sub until {NextAttempt}",
                    entry.EventId, entry.PubSubName, entry.Topic, retryAt);
            }
            else if (entry.IsDueAt(now))
            {
                var (published, outage) = await PublishAsync(entry, now, cancellationToken);
                current = published;
                outageRetryAt = outage ? published.NextAttemptAt : null;
            }

            if (!current.IsSettled)
            {
                kept.Add(current);
            }
        }

        await StoreAsync(kept, cancellationToken);
        await ScheduleAsync(kept, now);
    }

    /// <summary>
    /// Records a subscriber's report (<see cref="SubscriberStatus.Received"/> or
    /// <see cref="SubscriberStatus.Failed"/>) and answers the updated record, or null when the
    /// event is not in the outbox (never enqueued here, or already settled).
    /// </summary>
    /// <exception cref="ArgumentException">The status is not one a subscriber may report.</exception>
    public async Task<OutboxEntry?> UpdateDeliveryStatusAsync(Guid eventId, string serviceName, string status, string? message, CancellationToken cancellationToken = default)
    {
        var entries = await LoadAsync(cancellationToken);
        var index = entries.FindIndex(e => e.EventId == eventId);
        if (index < 0)
        {
            return null;
        }

        var now = _time.GetUtcNow();
        var updated = entries[index].WithReport(serviceName, status, message, now);
        if (updated.IsSettled)
        {
            entries.RemoveAt(index);
        }
        else
        {
            entries[index] = updated;
        }

        await StoreAsync(entries, cancellationToken);
        await ScheduleAsync(entries, now);
        return updated;
    }

    /// <summary>The entries not settled yet, in the order they were enqueued.</summary>
    public async Task<IReadOnlyList<OutboxEntry>> PendingAsync(CancellationToken cancellationToken = default) =>
        await LoadAsync(cancellationToken);

    /// <summary>
    /// Whether a failed publish says pub/sub is out of reach, so the next publish would fail the
    /// same way: the breaker is open, the sidecar or its broker did not answer in time, or the
    /// component failed. A refusal of this one event (<see cref="DaprErrorKind.Permanent"/>) says
    /// nothing about the others.
    /// </summary>
    public static bool IsOutage(DaprErrorKind kind) =>
        kind is DaprErrorKind.CircuitOpen or DaprErrorKind.Transient or DaprErrorKind.Timeout or DaprErrorKind.ComponentFailure;

    private async Task<(OutboxEntry Entry, bool Outage)> PublishAsync(OutboxEntry entry, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var result = await _dapr.PublishKugelposEventJsonAsync(entry.PubSubName, entry.Topic, entry.Payload, ct: cancellationToken);
        if (result.Success)
        {
            return (entry.PublishSucceeded(now, _options.RepublishInterval), false);
        }

        var failed = entry.PublishFailed(now, result.Message ?? result.ErrorKind.ToString(), _backoff);
        _logger.LogWarning(
            "Publishing event {EventId} to {PubSub}/{Topic} failed {Attempts} time(s) ({ErrorKind}); next attempt at {NextAttempt}",
            entry.EventId, entry.PubSubName, entry.Topic, failed.FailedAttempts, result.ErrorKind, failed.NextAttemptAt);
        return (failed, IsOutage(result.ErrorKind));
    }

    private async Task<List<OutboxEntry>> LoadAsync(CancellationToken cancellationToken)
    {
        var stored = await _state.TryGetStateAsync<List<OutboxEntry>>(StateKey, cancellationToken);
        return stored.HasValue ? [.. stored.Value] : [];
    }

    private Task StoreAsync(List<OutboxEntry> entries, CancellationToken cancellationToken) =>
        entries.Count == 0
            ? _state.TryRemoveStateAsync(StateKey, cancellationToken)
            : WriteAsync(entries, cancellationToken);

    private Task WriteAsync(List<OutboxEntry> entries, CancellationToken cancellationToken) =>
        _stateTtl is { } ttl
            ? _state.SetStateAsync(StateKey, entries, ttl, cancellationToken)
            : _state.SetStateAsync(StateKey, entries, cancellationToken);

    private async Task ScheduleAsync(List<OutboxEntry> entries, DateTimeOffset now)
    {
        var typeName = _host.ActorTypeInfo.ActorTypeName;
        var next = entries.Where(e => e.NextAttemptAt is not null).Select(e => e.NextAttemptAt!.Value).DefaultIfEmpty().Min();
        if (next == default)
        {
            await _host.TimerManager.UnregisterReminderAsync(new ActorReminderToken(typeName, _host.Id, ReminderName));
            return;
        }

        // The period is a safety net: should a relay run die half-way, the reminder still comes back.
        var dueTime = next > now ? next - now : TimeSpan.Zero;
        await _host.TimerManager.RegisterReminderAsync(
            new ActorReminder(typeName, _host.Id, ReminderName, [], dueTime, _options.MaxRetryDelay));
    }
}
