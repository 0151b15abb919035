namespace Kugelpos.Cart.Abstractions.Plugins;

/// <summary>
/// A sales promotion (the original's AbstractSalesPromo). It runs on every recalculation of the cart in
/// its <see cref="Phase"/> and adds discounts (with promotion code and type) to lines or the subtotal;
/// the cart's calculation turns them into amounts afterwards. It returns the new cart and never changes
/// the one it was given.
/// </summary>
public interface ISalesPromotionPlugin : ISalesPlugin
{
    /// <summary>The phase the promotion runs in.</summary>
    PromotionPhase Phase { get; }

    /// <summary>Applies the promotion.</summary>
    /// <param name="cart">The cart.</param>
    /// <param name="context">What the cart service offers a promotion (active promotions, time).</param>
    /// <param name="cancellationToken">Cancels the master-data reads.</param>
    ValueTask<CartDocument> ApplyAsync(CartDocument cart, IPromotionContext context, CancellationToken cancellationToken);
}
