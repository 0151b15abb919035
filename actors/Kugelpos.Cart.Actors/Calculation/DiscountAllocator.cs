using Kugelpos.Cart.Abstractions;
using Kugelpos.Contracts.Transactions;

namespace Kugelpos.Cart.Actors.Calculation;

/// <summary>
/// Shares each subtotal discount out to the lines (add_discount_to_cart_logic): a line's share is the
/// discount times its amount over the amounts of the eligible lines, rounded; what rounding leaves
/// over goes to the largest lines first, at most the line's quantity each, in one pass.
/// </summary>
/// <remarks>
/// Ours differs where the original is wrong: only lines not cancelled and not discount-restricted take
/// a share and the base is their total (the original divides by the whole subtotal, restricted lines
/// included, and then hands the rest to restricted lines, which fails); every subtotal discount keeps
/// its shares (the original keeps only the last discount's); a share rounded up past the discount
/// is taken back from the largest lines the same way (the original leaves it over-allocated).
/// </remarks>
public static class DiscountAllocator
{
    /// <summary>The lines with their shares of the subtotal discounts.</summary>
    /// <param name="lines">The lines, amounts calculated.</param>
    /// <param name="subtotalDiscounts">The subtotal discounts, amounts calculated.</param>
    /// <param name="discountRounding">How a share is rounded.</param>
    public static IReadOnlyList<CartLineItem> Allocate(
        IReadOnlyList<CartLineItem> lines, IReadOnlyList<TransactionDiscount> subtotalDiscounts, string discountRounding)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(subtotalDiscounts);
        var eligible = Enumerable.Range(0, lines.Count).Where(i => IsEligible(lines[i])).ToArray();
        var largestFirst = eligible.OrderByDescending(i => lines[i].Amount).ToArray();
        var basis = eligible.Sum(i => lines[i].Amount);
        var allocated = lines.Select(_ => new List<TransactionDiscount>()).ToArray();

        foreach (var discount in subtotalDiscounts)
        {
            var shares = new decimal[lines.Count];
            if (basis != 0m)
            {
                foreach (var i in eligible)
                {
                    shares[i] = Rounding.ToWholeUnits(discount.DiscountAmount * lines[i].Amount / basis, discountRounding);
                }
            }

            SettleRemainder(lines, largestFirst, shares, discount.DiscountAmount - shares.Sum());
            foreach (var i in eligible)
            {
                allocated[i].Add(new TransactionDiscount
                {
                    SeqNo = discount.SeqNo,
                    DiscountType = discount.DiscountType,
                    DiscountValue = discount.DiscountValue,
                    DiscountAmount = shares[i],
                    Detail = discount.Detail,
                });
            }
        }

        return [.. lines.Select((line, i) => line with { DiscountsAllocated = allocated[i] })];
    }

    /// <summary>Whether a line takes a share of subtotal discounts.</summary>
    /// <param name="line">The line.</param>
    public static bool IsEligible(CartLineItem line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return !line.IsCancelled && !line.IsDiscountRestricted;
    }

    private static void SettleRemainder(IReadOnlyList<CartLineItem> lines, int[] largestFirst, decimal[] shares, decimal diff)
    {
        foreach (var i in largestFirst)
        {
            if (diff == 0m)
            {
                break;
            }

            var step = Math.Min(lines[i].Quantity, Math.Abs(diff));
            if (diff < 0m)
            {
                step = -Math.Min(step, shares[i]);
            }

            shares[i] += step;
            diff -= step;
        }

        if (diff != 0m)
        {
            throw CartRefusals.DiscountAllocation();
        }
    }
}
