using Kugelpos.Cart.Abstractions.Masters;

namespace Kugelpos.Cart.Abstractions.Plugins;

/// <summary>What a payment plugin is asked to take.</summary>
/// <param name="Method">The payment method's master data (limit, can_deposit_over, can_refund, can_change, is_active).</param>
/// <param name="Amount">The amount handed over.</param>
/// <param name="Detail">Free text from the request, e.g. a card slip reference.</param>
public sealed record PaymentTender(PaymentMaster Method, decimal Amount, string? Detail);
