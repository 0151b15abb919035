using Kugelpos.Cart.Abstractions;
using Kugelpos.Contracts.Transactions;

namespace Kugelpos.Cart.Actors.Calculation;

/// <summary>
/// Recalculates a whole cart (the original's calc_subtotal_logic, run after every change): each line
/// not cancelled, the subtotal discounts and their shares, the taxes, the totals and the balance.
/// </summary>
/// <remarks>
/// The original works out a percentage subtotal discount and the shares once, when the discount is
/// given; ours works them out on every recalculation, so a line changed after resuming item entry
/// never leaves stale shares (and wrong taxes) behind. In the original's own sequence (discount in
/// Paying, nothing else changes the lines) the results are the same.
/// </remarks>
/// <param name="options">The calculation settings.</param>
public sealed class CartCalculator(CalculationOptions options)
{
    /// <summary>The calculation settings.</summary>
    public CalculationOptions Options { get; } = options ?? throw new ArgumentNullException(nameof(options));

    /// <summary>The cart with everything calculated afresh; refuses (402004) when a subtotal discount cannot be shared out.</summary>
    /// <param name="cart">The cart.</param>
    public CartDocument Recalculate(CartDocument cart)
    {
        ArgumentNullException.ThrowIfNull(cart);
        var rounding = Options.DiscountRounding;
        var lines = cart.LineItems.Select(l => l.IsCancelled ? l : LineItemCalculator.Calculate(l, rounding)).ToArray();
        var subtotalDiscounts = SubtotalDiscountAmounts(lines, cart.SubtotalDiscounts);
        var allocated = DiscountAllocator.Allocate(lines, subtotalDiscounts, rounding);
        return SalesTotals.Apply(cart with
        {
            LineItems = allocated,
            SubtotalDiscounts = subtotalDiscounts,
            Taxes = TaxCalculator.Calculate(allocated, cart.Masters.Taxes),
        });
    }

    /// <summary>
    /// The subtotal discounts with their amounts: a fixed one its value; a percentage one the percentage
    /// of the lines that take discounts (not cancelled, not restricted), rounded to whole units.
    /// </summary>
    /// <param name="lines">The lines, amounts calculated.</param>
    /// <param name="discounts">The subtotal discounts.</param>
    public IReadOnlyList<TransactionDiscount> SubtotalDiscountAmounts(
        IReadOnlyList<CartLineItem> lines, IReadOnlyList<TransactionDiscount> discounts)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(discounts);
        var basis = lines.Where(DiscountAllocator.IsEligible).Sum(l => l.Amount);
        return [.. discounts.Select(d => d with
        {
            DiscountAmount = d.DiscountType == DiscountTypes.Percentage
                ? Rounding.ToWholeUnits(basis * d.DiscountValue / 100m, Options.DiscountRounding)
                : d.DiscountValue,
        })];
    }
}
