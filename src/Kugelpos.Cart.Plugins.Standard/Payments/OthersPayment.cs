using Kugelpos.Cart.Abstractions;
using Kugelpos.Cart.Abstractions.Plugins;

namespace Kugelpos.Cart.Plugins.Standard.Payments;

/// <summary>
/// Other payments, e.g. gift cards (the original's PaymentByOthers, code 12): the cashless rules.
/// </summary>
/// <param name="arguments">The configuration's entry: its code is the payment code; no arguments.</param>
public sealed class OthersPayment(SalesPluginArguments arguments) : IPaymentPlugin
{
    /// <summary>Others under its standard code, 12.</summary>
    public OthersPayment()
        : this(new SalesPluginArguments("12"))
    {
    }

    /// <inheritdoc />
    public string Code { get; } = arguments?.Code ?? throw new ArgumentNullException(nameof(arguments));

    /// <inheritdoc />
    public ValueTask<CartDocument> PayAsync(CartDocument cart, PaymentTender tender, CancellationToken cancellationToken) =>
        ValueTask.FromResult(CashlessPayment.PayExact(cart, tender));

    /// <inheritdoc />
    public ValueTask<CartDocument> RefundAsync(CartDocument cart, PaymentTender tender, CancellationToken cancellationToken) =>
        ValueTask.FromResult(cart);
}
