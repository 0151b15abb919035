using Kugelpos.Cart.Abstractions;
using Kugelpos.Cart.Abstractions.Plugins;
using Microsoft.Extensions.Logging;

namespace Kugelpos.Cart.Actors.Calculation;

/// <summary>
/// The recalculation the cart runs after every operation, with the sales promotions (the original's
/// cart_service.__subtotal_async): line-item promotions, calculation; then, only if a subtotal
/// promotion is configured, subtotal promotions and a second calculation.
/// </summary>
/// <param name="calculator">The cart calculation.</param>
/// <param name="promotions">The configured promotions, in configuration order.</param>
/// <param name="logger">Where a failing promotion is reported.</param>
public sealed class PromotedRecalculation(
    CartCalculator calculator, IReadOnlyList<ISalesPromotionPlugin> promotions, ILogger<PromotedRecalculation> logger)
{
    private readonly CartCalculator _calculator = calculator ?? throw new ArgumentNullException(nameof(calculator));
    private readonly IReadOnlyList<ISalesPromotionPlugin> _promotions = promotions ?? throw new ArgumentNullException(nameof(promotions));
    private readonly ILogger<PromotedRecalculation> _logger = logger ?? throw new ArgumentNullException(nameof(logger));

    /// <summary>The cart with promotions applied and everything calculated.</summary>
    /// <param name="cart">The cart.</param>
    /// <param name="context">What the service offers the promotions.</param>
    /// <param name="cancellationToken">Cancels the promotions' reads.</param>
    public async ValueTask<CartDocument> RecalculateAsync(CartDocument cart, IPromotionContext context, CancellationToken cancellationToken)
    {
        cart = _calculator.Recalculate(await ApplyAsync(cart, PromotionPhase.LineItem, context, cancellationToken));
        if (_promotions.Any(p => p.Phase == PromotionPhase.Subtotal))
        {
            cart = _calculator.Recalculate(await ApplyAsync(cart, PromotionPhase.Subtotal, context, cancellationToken));
        }

        return cart;
    }

    private async ValueTask<CartDocument> ApplyAsync(
        CartDocument cart, PromotionPhase phase, IPromotionContext context, CancellationToken cancellationToken)
    {
        foreach (var promotion in _promotions.Where(p => p.Phase == phase))
        {
            try
            {
                cart = await promotion.ApplyAsync(cart, context, cancellationToken);
            }
            // As the original: a failing promotion (master-data down, a bad detail) must not stop the sale.
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                _logger.LogWarning(ex, "Sales promotion {Promotion} failed; the cart goes on without it", promotion.Code);
            }
        }

        return cart;
    }
}
