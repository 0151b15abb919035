using Kugelpos.Cart.Abstractions;

namespace Kugelpos.Cart.Actors.Calculation;

/// <summary>
/// The totals of a cart (calc_subtotal_logic.update_sales_info_async): subtotal of the lines not
/// cancelled; total = subtotal - subtotal discounts; tax = external taxes only; total with tax;
/// balance = total with tax - payments; total quantity; total discount = subtotal discounts + the
/// discounts of lines not cancelled. Change and stamp duty are left as they are.
/// </summary>
public static class SalesTotals
{
    /// <summary>The cart with its totals set from its lines, discounts, taxes and payments.</summary>
    /// <param name="cart">The cart, lines and taxes calculated.</param>
    public static CartDocument Apply(CartDocument cart)
    {
        ArgumentNullException.ThrowIfNull(cart);
        var active = cart.LineItems.Where(l => !l.IsCancelled).ToArray();
        var subtotalDiscount = cart.SubtotalDiscounts.Sum(d => d.DiscountAmount);
        var subtotal = active.Sum(l => l.Amount);
        var total = subtotal - subtotalDiscount;
        var externalTax = cart.Taxes.Where(t => t.TaxType == TaxTypes.External).Sum(t => t.TaxAmount);
        var sales = cart.Sales with
        {
            TotalDiscountAmount = subtotalDiscount + active.Sum(l => l.Discounts.Sum(d => d.DiscountAmount)),
            TotalAmount = total,
            TaxAmount = externalTax,
            TotalQuantity = active.Sum(l => l.Quantity),
            TotalAmountWithTax = total + externalTax,
        };
        return cart with
        {
            Sales = sales,
            SubtotalAmount = subtotal,
            BalanceAmount = sales.TotalAmountWithTax - cart.Payments.Sum(p => p.Amount),
        };
    }
}
