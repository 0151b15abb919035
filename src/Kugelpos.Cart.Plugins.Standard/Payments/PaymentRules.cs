using Kugelpos.Cart.Abstractions;
using Kugelpos.Cart.Abstractions.Plugins;
using Kugelpos.Contracts.Transactions;

namespace Kugelpos.Cart.Plugins.Standard.Payments;

/// <summary>What every standard payment does (the original's AbstractPayment helpers).</summary>
internal static class PaymentRules
{
    /// <summary>
    /// The new payment, amount as handed over. Refuses when less than 1 is left to pay (403001), when the
    /// method is switched off, or when the amount is not above zero.
    /// </summary>
    /// <remarks>The original checks neither the method's is_active nor the sign of the amount.</remarks>
    public static TransactionPayment Create(CartDocument cart, PaymentTender tender)
    {
        ArgumentNullException.ThrowIfNull(cart);
        ArgumentNullException.ThrowIfNull(tender);
        if (cart.BalanceAmount < 1m)
        {
            throw CartRefusals.BalanceZero();
        }

        if (!tender.Method.IsActive)
        {
            throw CartRefusals.PaymentInactive(tender.Method.PaymentCode);
        }

        if (tender.Amount <= 0m)
        {
            throw CartRefusals.InvalidValue("amount", "A payment is more than zero.");
        }

        return new TransactionPayment
        {
            PaymentNo = cart.Payments.Count + 1,
            PaymentCode = tender.Method.PaymentCode,
            Description = tender.Method.Description,
            DepositAmount = tender.Amount,
            Amount = tender.Amount,
            Detail = tender.Detail,
        };
    }

    /// <summary>The cart with the payment added and the balance lowered by its amount; refuses a balance below zero (403003).</summary>
    public static CartDocument Add(CartDocument cart, TransactionPayment payment, decimal changeAmount)
    {
        var balance = cart.BalanceAmount - payment.Amount;
        if (balance < 0m)
        {
            throw CartRefusals.BalanceMinus();
        }

        return cart with
        {
            Payments = [.. cart.Payments, payment],
            BalanceAmount = balance,
            Sales = cart.Sales with { ChangeAmount = changeAmount },
        };
    }
}
