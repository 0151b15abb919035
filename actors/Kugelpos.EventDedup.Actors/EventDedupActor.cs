using Dapr.Actors.Runtime;
using Kugelpos.Actors.Contracts.EventDedup;
using Kugelpos.Dapr.Subscriptions;
using Microsoft.Extensions.Options;

namespace Kugelpos.EventDedup.Actors;

/// <summary>
/// One event id of one subscriber service: applies the event with the handler its topic is mapped
/// to, inside the actor's turn, and marks it processed; a delivery that finds the mark is a
/// duplicate with no effect.
/// </summary>
/// <remarks>
/// The mark is written after the handler's work, so a crash between the two leaves no mark and the
/// redelivered event runs the handler again: each handler's business write is keyed by the event id,
/// which makes that second run a no-op. The mark saves the handler's lookup on the many ordinary
/// redeliveries (a publisher's relay, pub/sub's at-least-once) and serialises concurrent ones.
/// </remarks>
public sealed class EventDedupActor : Actor, IEventDedupActor
{
    private readonly SubscriptionHandlers _handlers;
    private readonly IServiceProvider _services;
    private readonly TimeProvider _time;
    private readonly EventDedupOptions _options;

    /// <summary>Created by the actor runtime with the hosting service's services.</summary>
    /// <param name="host">The actor's host.</param>
    /// <param name="handlers">The service's handlers by topic.</param>
    /// <param name="services">The actor's services, from which a handler is made.</param>
    /// <param name="time">The clock of the mark's time.</param>
    /// <param name="options">The mark's TTL.</param>
    /// <param name="stateManager">A state manager in place of the runtime's, for unit tests.</param>
    public EventDedupActor(
        ActorHost host,
        SubscriptionHandlers handlers,
        IServiceProvider services,
        TimeProvider time,
        IOptions<EventDedupOptions> options,
        IActorStateManager? stateManager = null)
        : base(host)
    {
        ArgumentNullException.ThrowIfNull(options);
        _handlers = handlers;
        _services = services;
        _time = time;
        _options = options.Value;
        if (stateManager is not null)
        {
            StateManager = stateManager;
        }
    }

    /// <summary>The key the processed mark is stored under.</summary>
    public const string MarkName = "processed";

    /// <inheritdoc />
    public async Task<DedupReply> ApplyAsync(DedupDelivery delivery)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        if ((await StateManager.TryGetStateAsync<ProcessedMark>(MarkName)).HasValue)
        {
            return new DedupReply(DedupVerdict.Duplicate);
        }

        var outcome = await _handlers.ApplyAsync(delivery.Topic, delivery.Event, _services, CancellationToken.None);
        switch (outcome.Answer)
        {
            case SubscriptionAnswer.Success:
                await StateManager.SetStateAsync(MarkName, new ProcessedMark(delivery.Topic, _time.GetUtcNow()), _options.MarkTtl);
                await SaveStateAsync();
                return new DedupReply(outcome.IsDuplicate ? DedupVerdict.Duplicate : DedupVerdict.Applied);
            case SubscriptionAnswer.Drop:
                // No mark: an operator who fixes the cause (creates the tenant, say) may replay it.
                return new DedupReply(DedupVerdict.Drop, outcome.Reason);
            default:
                return new DedupReply(DedupVerdict.Retry, outcome.Reason);
        }
    }
}
