using Kugelpos.Cart.Abstractions;

namespace Kugelpos.Cart.Actors.Calculation;

/// <summary>The money side of resuming item entry and of the bill (cart_service.py).</summary>
/// <param name="calculator">The cart calculation.</param>
public sealed class CartSettlement(CartCalculator calculator)
{
    private readonly CartCalculator _calculator = calculator ?? throw new ArgumentNullException(nameof(calculator));

    /// <summary>
    /// Back to item entry: every payment is dropped and the balance is the total again. Ours also drops
    /// the change, which the original leaves on the cart from the dropped cash payment.
    /// </summary>
    /// <param name="cart">The cart.</param>
    public CartDocument ClearPayments(CartDocument cart)
    {
        ArgumentNullException.ThrowIfNull(cart);
        return _calculator.Recalculate(cart with { Payments = [], Sales = cart.Sales with { ChangeAmount = 0m } });
    }

    /// <summary>
    /// The cart ready to bill: recalculated, refused (403002) while a balance is left, stamp duty assessed.
    /// Numbers, time and texts are the caller's.
    /// </summary>
    /// <param name="cart">The cart.</param>
    public CartDocument PrepareBill(CartDocument cart)
    {
        var calculated = _calculator.Recalculate(cart);
        if (calculated.BalanceAmount > 0m)
        {
            throw CartRefusals.BalanceGreaterThanZero();
        }

        return calculated with { Sales = StampDuty.Assess(calculated, _calculator.Options.StampDutyTiers) };
    }

    /// <summary>
    /// The cart to cancel: its sales flagged cancelled and stamp duty assessed as on any log (the
    /// original's cancel logs through the bill's path, without recalculating).
    /// </summary>
    /// <param name="cart">The cart.</param>
    public CartDocument PrepareCancel(CartDocument cart)
    {
        ArgumentNullException.ThrowIfNull(cart);
        var cancelled = cart with { Sales = cart.Sales with { IsCancelled = true } };
        return cancelled with { Sales = StampDuty.Assess(cancelled, _calculator.Options.StampDutyTiers) };
    }
}
