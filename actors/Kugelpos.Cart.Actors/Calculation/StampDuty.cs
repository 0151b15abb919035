using Kugelpos.Cart.Abstractions;
using Kugelpos.Contracts.Transactions;

namespace Kugelpos.Cart.Actors.Calculation;

/// <summary>
/// Stamp duty on a receipt (tran_service.create_tranlog_async): the highest tier whose amount both the
/// total without tax (total with tax minus every tax, internal ones included) and the cash paid reach;
/// it is assessed on the cash paid.
/// </summary>
public static class StampDuty
{
    /// <summary>The payment code of cash, which the original hard-codes for stamp duty.</summary>
    public const string CashPaymentCode = "01";

    /// <summary>The sales totals with the stamp duty fields set (cleared when no tier applies).</summary>
    /// <param name="cart">The cart, totals and payments final.</param>
    /// <param name="tiers">The tiers, highest first.</param>
    public static TransactionSales Assess(CartDocument cart, IReadOnlyList<StampDutyTier> tiers)
    {
        ArgumentNullException.ThrowIfNull(cart);
        ArgumentNullException.ThrowIfNull(tiers);
        var totalWithoutTax = cart.Sales.TotalAmountWithTax - cart.Taxes.Sum(t => t.TaxAmount);
        var cash = cart.Payments.Where(p => p.PaymentCode == CashPaymentCode).Sum(p => p.Amount);
        var tier = tiers.FirstOrDefault(t => t.TargetAmount <= totalWithoutTax && t.TargetAmount <= cash);
        return cart.Sales with
        {
            IsStampDutyApplied = tier is not null,
            StampDutyTargetAmount = tier is null ? 0m : cash,
            StampDutyAmount = tier?.StampDutyAmount ?? 0m,
        };
    }
}
