using Kugelpos.Cart.Abstractions;
using Kugelpos.Cart.Abstractions.Plugins;

namespace Kugelpos.Cart.Plugins.Standard.Payments;

/// <summary>
/// Cash (the original's PaymentByCash, code 01): more than the balance may be handed over; the payment
/// then counts for the balance and the rest is the change.
/// </summary>
/// <param name="arguments">The configuration's entry: its code is the payment code; no arguments.</param>
public sealed class CashPayment(SalesPluginArguments arguments) : IPaymentPlugin
{
    /// <summary>Cash under its standard code, 01.</summary>
    public CashPayment()
        : this(new SalesPluginArguments("01"))
    {
    }

    /// <inheritdoc />
    public string Code { get; } = arguments?.Code ?? throw new ArgumentNullException(nameof(arguments));

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
