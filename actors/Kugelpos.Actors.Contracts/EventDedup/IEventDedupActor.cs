using Dapr.Actors;

namespace Kugelpos.Actors.Contracts.EventDedup;

/// <summary>
/// One delivered event of a subscriber service (id = the event's <c>event_id</c>, type
/// <see cref="EventDedupActorType.For"/> the service), hosted by that service: applies the event
/// inside its turn, so two concurrent deliveries of one event are serialised, and keeps a
/// processed mark in <c>statestore</c>, so a later delivery is acknowledged with no effect.
/// </summary>
/// <remarks>Call it through <see cref="EventDedupActorClient"/>.</remarks>
public interface IEventDedupActor : IActor
{
    /// <summary>Applies <paramref name="delivery"/> unless its event was applied before; never throws for a handler's failure.</summary>
    Task<DedupReply> ApplyAsync(DedupDelivery delivery);
}
