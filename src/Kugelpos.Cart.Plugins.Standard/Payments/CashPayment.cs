using Kugelpos.Cart.Abstractions;
using Kugelpos.Cart.Abstractions.Plugins;

namespace Kugelpos.Cart.Plugins.Standard.Payments;

/// <summary>
/// Cash (the original's PaymentByCash, code 01): more than the balance may be handed over; the payment
/// then counts for the balance and the rest is the change.
/// </summary>
/// <param name="code">The payment code the configuration gives it.</param>
public sealed class CashPayment(string code) : IPaymentPlugin
{
    /// <summary>Cash under its standard code, 01.</summary>
    public CashPayment()
        : this("01")
    {
    }

    /// <inheritdoc />
    public string Code { get; } = code;

    /// <inheritdoc />
    public ValueTask<CartDocument> PayAsync(CartDocument cart, PaymentTender tender, CancellationToken cancellationToken)
    {
        var payment = PaymentRules.Create(cart, tender);
        var change = payment.DepositAmount - cart.BalanceAmount;
        return change > 0m
            ? ValueTask.FromResult(PaymentRules.Add(cart, payment with { Amount = cart.BalanceAmount }, change))
            : ValueTask.FromResult(PaymentRules.Add(cart, payment, cart.Sales.ChangeAmount));
    }

    /// <inheritdoc />
    public ValueTask<CartDocument> RefundAsync(CartDocument cart, PaymentTender tender, CancellationToken cancellationToken) =>
        ValueTask.FromResult(cart);
}
