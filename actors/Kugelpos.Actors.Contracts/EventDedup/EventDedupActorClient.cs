using Dapr.Actors;
using Dapr.Actors.Client;

namespace Kugelpos.Actors.Contracts.EventDedup;

/// <summary>The typed way to the <see cref="IEventDedupActor"/>s of one service, over the actor runtime's JSON calls.</summary>
/// <param name="proxies">The actor proxy factory of the subscriber service.</param>
/// <param name="actorType">The service's dedup type, <see cref="EventDedupActorType.For"/> its app id.</param>
public sealed class EventDedupActorClient(IActorProxyFactory proxies, string actorType)
{
    /// <summary>Applies <paramref name="delivery"/> at the actor of <paramref name="eventId"/>.</summary>
    public Task<DedupReply> ApplyAsync(Guid eventId, DedupDelivery delivery, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(proxies);
        return proxies.Create(new ActorId(eventId.ToString("D")), actorType)
            .InvokeMethodAsync<DedupDelivery, DedupReply>(nameof(IEventDedupActor.ApplyAsync), delivery, cancellationToken);
    }
}
