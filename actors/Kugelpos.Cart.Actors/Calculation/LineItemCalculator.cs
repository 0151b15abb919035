using Kugelpos.Cart.Abstractions;
using Kugelpos.Contracts.Transactions;

namespace Kugelpos.Cart.Actors.Calculation;

/// <summary>
/// The amount of one line (the original's calc_line_item_logic): unit price times quantity minus its
/// discounts. Percentage discounts come first, each taken per unit of what is left, rounded to whole
/// units and multiplied by the quantity; fixed discounts follow at their value.
/// </summary>
public static class LineItemCalculator
{
    /// <summary>The line with its discount amounts and amount calculated afresh.</summary>
    /// <param name="line">The line.</param>
    /// <param name="discountRounding">How a percentage per unit is rounded (<see cref="CalculationOptions.DiscountRounding"/>).</param>
    public static CartLineItem Calculate(CartLineItem line, string discountRounding)
    {
        ArgumentNullException.ThrowIfNull(line);
        var gross = line.UnitPrice * line.Quantity;
        var discounts = new TransactionDiscount[line.Discounts.Count];
        var taken = 0m;
        for (var i = 0; i < discounts.Length; i++)
        {
            var discount = line.Discounts[i];
            var amount = 0m;
            if (discount.DiscountType == DiscountTypes.Percentage && line.Quantity != 0)
            {
                var leftPerUnit = (gross - taken) / line.Quantity;
                amount = Rounding.ToWholeUnits(leftPerUnit * discount.DiscountValue / 100m, discountRounding) * line.Quantity;
                taken += amount;
            }

            discounts[i] = discount with { DiscountAmount = amount };
        }

        for (var i = 0; i < discounts.Length; i++)
        {
            if (discounts[i].DiscountType == DiscountTypes.Amount)
            {
                discounts[i] = discounts[i] with { DiscountAmount = discounts[i].DiscountValue };
                taken += discounts[i].DiscountValue;
            }
        }

        return line with { Discounts = discounts, Amount = gross - taken };
    }
}
