using Dapr.Actors.Runtime;
using Microsoft.Extensions.Options;

namespace Kugelpos.Dapr.Outbox;

/// <summary>
/// Makes an actor's <see cref="ActorOutbox"/>; actors take it in their constructor and call
/// <see cref="Create"/> with their host and state manager.
/// </summary>
public sealed class ActorOutboxFactory(IDaprClientHelper dapr, IOptions<OutboxOptions> options, TimeProvider time)
{
    /// <summary>
    /// The outbox of the actor of <paramref name="host"/>, kept in <paramref name="state"/>, every
    /// write carrying <paramref name="stateTtl"/> when given (else the store's default TTL).
    /// </summary>
    public ActorOutbox Create(ActorHost host, IActorStateManager state, TimeSpan? stateTtl = null) =>
        new(host, state, dapr, options.Value, time, stateTtl);
}
