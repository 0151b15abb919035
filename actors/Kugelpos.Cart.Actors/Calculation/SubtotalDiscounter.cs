using Kugelpos.Cart.Abstractions;
using Kugelpos.Contracts.Transactions;

namespace Kugelpos.Cart.Actors.Calculation;

/// <summary>
/// Discounts on the subtotal (add_discount_to_cart_logic.add_discount_to_cart_async): the new list
/// replaces the old one; fixed and percentage discounts, shared out to the lines by
/// <see cref="DiscountAllocator"/> in the recalculation.
/// </summary>
/// <param name="calculator">The cart calculation.</param>
public sealed class SubtotalDiscounter(CartCalculator calculator)
{
    private readonly CartCalculator _calculator = calculator ?? throw new ArgumentNullException(nameof(calculator));

    /// <summary>
    /// Replaces the subtotal discounts. Refuses an unknown type, a negative value, a percentage above
    /// 100, and discounts that together come to more than the balance without subtotal discounts (402003).
    /// </summary>
    /// <param name="cart">The cart.</param>
    /// <param name="discounts">The discounts, in order.</param>
    /// <remarks>
    /// The original checks each fixed discount alone against the balance the old discounts already
    /// lowered, and no percentage at all; ours checks what the new discounts add up to.
    /// </remarks>
    public CartDocument Replace(CartDocument cart, IReadOnlyList<RequestedDiscount> discounts)
    {
        ArgumentNullException.ThrowIfNull(cart);
        ArgumentNullException.ThrowIfNull(discounts);
        foreach (var discount in discounts)
        {
            DiscountRules.Validate(discount);
        }

        var undiscounted = _calculator.Recalculate(cart with { SubtotalDiscounts = [] });
        var requested = discounts.Select((d, i) => new TransactionDiscount
        {
            SeqNo = i + 1,
            DiscountType = d.DiscountType,
            DiscountValue = d.DiscountValue,
            Detail = d.DiscountDetail,
        }).ToArray();
        var withAmounts = _calculator.SubtotalDiscountAmounts(undiscounted.LineItems, requested);
        if (withAmounts.Sum(d => d.DiscountAmount) > undiscounted.BalanceAmount)
        {
            throw CartRefusals.BalanceLessThanDiscount();
        }

        return _calculator.Recalculate(cart with { SubtotalDiscounts = requested });
    }
}
