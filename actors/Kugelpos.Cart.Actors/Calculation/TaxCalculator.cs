using Kugelpos.Cart.Abstractions;
using Kugelpos.Cart.Abstractions.Masters;
using Kugelpos.Contracts.Transactions;

namespace Kugelpos.Cart.Actors.Calculation;

/// <summary>
/// The taxes of a cart per tax code (calc_tax_logic), in the order the codes first appear on the lines
/// not cancelled. The target is the lines' amounts minus their shares of subtotal discounts. External:
/// target x rate / 100; internal: target / (1 + rate / 100) x rate / 100; exempt: 0; each rounded by its
/// tax's method to its digits.
/// </summary>
public static class TaxCalculator
{
    /// <summary>The taxes of the lines.</summary>
    /// <param name="lines">The lines, amounts and shares calculated.</param>
    /// <param name="taxes">The tax master the cart took.</param>
    public static IReadOnlyList<TransactionTax> Calculate(IReadOnlyList<CartLineItem> lines, IReadOnlyList<TaxMaster> taxes)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(taxes);
        var result = new List<TransactionTax>();
        foreach (var group in lines.Where(l => !l.IsCancelled).GroupBy(l => l.TaxCode ?? string.Empty))
        {
            var master = taxes.FirstOrDefault(t => t.TaxCode == group.Key)
                ?? throw CartRefusals.InvalidValue("taxCode", $"The cart knows no tax with code '{group.Key}'.");
            var target = group.Sum(l => l.Amount - l.DiscountsAllocated.Sum(d => d.DiscountAmount));
            result.Add(new TransactionTax
            {
                TaxNo = result.Count + 1,
                TaxCode = master.TaxCode,
                TaxType = master.TaxType,
                TaxName = master.TaxName,
                TaxAmount = Rounding.ToDigits(TaxOf(target, master), master.RoundMethod, master.RoundDigit),
                TargetAmount = target,
                TargetQuantity = group.Sum(l => l.Quantity),
            });
        }

        return result;
    }

    private static decimal TaxOf(decimal target, TaxMaster tax) => tax.TaxType switch
    {
        TaxTypes.External => target * tax.Rate / 100m,
        // Same order of operations as the original, so the unrounded value matches it digit for digit.
        TaxTypes.Internal => target / (1m + (tax.Rate / 100m)) * tax.Rate / 100m,
        _ => 0m,
    };
}
