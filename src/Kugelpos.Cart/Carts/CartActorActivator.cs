using Dapr.Actors.Runtime;
using Kugelpos.Cart.Abstractions.Masters;
using Kugelpos.Cart.Actors.Carts;

namespace Kugelpos.Cart.Carts;

/// <summary>
/// Makes each <see cref="CartActor"/> with a promotion context of its own cart's store, known from
/// the cart id (<see cref="CartOwner"/>); everything else the actor takes comes from the container,
/// as the runtime's default activator would give it.
/// </summary>
/// <param name="services">The service's container.</param>
internal sealed class CartActorActivator(IServiceProvider services) : ActorActivator
{
    public override Task<ActorActivatorState> CreateAsync(ActorHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var context = new CartPromotionContext(
            services.GetRequiredService<ICartMasterData>, services.GetRequiredService<TimeProvider>(), CartOwner.Of(host.Id.GetId()));
        return Task.FromResult(new ActorActivatorState(ActivatorUtilities.CreateInstance<CartActor>(services, host, context)));
    }

    // Every part of a cart actor is a singleton of the container or its own: nothing to dispose.
    public override Task DeleteAsync(ActorActivatorState state) => Task.CompletedTask;
}
