namespace Kugelpos.Cart.Abstractions.Plugins;

/// <summary>
/// A payment method (the original's AbstractPayment): takes a payment into the cart, or pays back on a
/// return. <see cref="ISalesPlugin.Code"/> is the payment code it handles ("01" cash). A plugin returns
/// the new cart and never changes the one it was given; it refuses with a
/// <see cref="CartRuleException"/> (see <see cref="CartRefusals"/>).
/// </summary>
public interface IPaymentPlugin : ISalesPlugin
{
    /// <summary>Takes a payment: adds it to the payments, sets the balance, and the change where given.</summary>
    /// <param name="cart">The cart, totals calculated.</param>
    /// <param name="tender">The payment method's master data, the amount handed over and its detail.</param>
    /// <param name="cancellationToken">Cancels a plugin that calls out (a card terminal).</param>
    ValueTask<CartDocument> PayAsync(CartDocument cart, PaymentTender tender, CancellationToken cancellationToken);

    /// <summary>Pays back with this method on a return or void; the standard methods record nothing.</summary>
    /// <param name="cart">The cart of the return.</param>
    /// <param name="tender">The payment method's master data, the amount and its detail.</param>
    /// <param name="cancellationToken">Cancels a plugin that calls out.</param>
    ValueTask<CartDocument> RefundAsync(CartDocument cart, PaymentTender tender, CancellationToken cancellationToken);
}
