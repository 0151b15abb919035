using Kugelpos.Cart.Abstractions.Masters;
using Kugelpos.Cart.Abstractions.Plugins;

namespace Kugelpos.Cart.Carts;

/// <summary>
/// What the sales promotions of one cart read: the promotions master data finds active now in the
/// cart's store (cached by <see cref="ICartMasterData"/>), and the service's clock.
/// </summary>
/// <param name="masterData">Gives the master data for each read (its HTTP client is short-lived, the actor is not).</param>
/// <param name="time">The service's clock.</param>
/// <param name="owner">The cart's terminal; null for an id that names none, which then sees no promotions.</param>
internal sealed class CartPromotionContext(Func<ICartMasterData> masterData, TimeProvider time, CartOwner? owner) : IPromotionContext
{
    public TimeProvider Time { get; } = time;

    public async ValueTask<IReadOnlyList<PromotionMaster>> GetActivePromotionsAsync(CancellationToken cancellationToken) =>
        owner is null ? [] : await masterData().ActivePromotionsAsync(owner.TenantId, owner.StoreCode, cancellationToken);
}
