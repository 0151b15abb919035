using Kugelpos.Cart.Abstractions;
using Kugelpos.Cart.Abstractions.Plugins;

namespace Kugelpos.Cart.Plugins.Standard.Payments;

/// <summary>
/// Other payments, e.g. gift cards (the original's PaymentByOthers, code 12): the cashless rules.
/// </summary>
/// <param name="code">The payment code the configuration gives it.</param>
public sealed class OthersPayment(string code) : IPaymentPlugin
{
    /// <summary>Others under its standard code, 12.</summary>
    public OthersPayment()
        : this("12")
    {
    }

    /// <inheritdoc />
    public string Code { get; } = code;

    /// <inheritdoc />
    public ValueTask<CartDocument> PayAsync(CartDocument cart, PaymentTender tender, CancellationToken cancellationToken) =>
        ValueTask.FromResult(CashlessPayment.PayExact(cart, tender));

    /// <inheritdoc />
    public ValueTask<CartDocument> RefundAsync(CartDocument cart, PaymentTender tender, CancellationToken cancellationToken) =>
        ValueTask.FromResult(cart);
}
