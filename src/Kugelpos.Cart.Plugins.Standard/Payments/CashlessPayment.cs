using Kugelpos.Cart.Abstractions;
using Kugelpos.Cart.Abstractions.Plugins;

namespace Kugelpos.Cart.Plugins.Standard.Payments;

/// <summary>
/// A cashless payment (the original's PaymentByCashless, code 11): no change, so no more than the
/// balance (403004).
/// </summary>
/// <param name="arguments">The configuration's entry: its code is the payment code; no arguments.</param>
public sealed class CashlessPayment(SalesPluginArguments arguments) : IPaymentPlugin
{
    /// <summary>Cashless under its standard code, 11.</summary>
    public CashlessPayment()
        : this(new SalesPluginArguments("11"))
    {
    }

    /// <inheritdoc />
    public string Code { get; } = arguments?.Code ?? throw new ArgumentNullException(nameof(arguments));

    /// <inheritdoc />
    public ValueTask<CartDocument> PayAsync(CartDocument cart, PaymentTender tender, CancellationToken cancellationToken) =>
        ValueTask.FromResult(PayExact(cart, tender));

    /// <inheritdoc />
    public ValueTask<CartDocument> RefundAsync(CartDocument cart, PaymentTender tender, CancellationToken cancellationToken) =>
        ValueTask.FromResult(cart);

    /// <summary>Takes a payment of at most the balance; shared with <see cref="OthersPayment"/>.</summary>
    internal static CartDocument PayExact(CartDocument cart, PaymentTender tender)
    {
        var payment = PaymentRules.Create(cart, tender);
        if (payment.DepositAmount > cart.BalanceAmount)
        {
            throw CartRefusals.DepositOver();
        }

        return PaymentRules.Add(cart, payment, cart.Sales.ChangeAmount);
    }
}
