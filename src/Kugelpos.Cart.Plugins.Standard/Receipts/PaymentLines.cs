using Kugelpos.Contracts.Transactions;
using Kugelpos.Receipts;

namespace Kugelpos.Cart.Plugins.Standard.Receipts;

/// <summary>
/// The payments of the standard receipt, in payment-code order: the cash payments together as one,
/// with the money handed over and the change, then each method and its amount.
/// </summary>
internal static class PaymentLines
{
    // The original singles out cash by its standard code, as ours does.
    private const string CashCode = "01";

    private const string AmountGap = "  ";

    public static void Write(ReceiptPage page, TransactionLog transaction)
    {
        foreach (var payment in Combined(transaction.Payments).Where(payment => payment.Amount != 0m))
        {
            if (payment.PaymentCode == CashCode)
            {
                page.LineSplit("お預り", TextHelper.Yen(payment.DepositAmount) + AmountGap)
                    .LineSplit("お釣り", TextHelper.Yen(transaction.Sales?.ChangeAmount ?? 0m) + AmountGap)
                    .Border();
            }

            page.LineSplit(payment.Description ?? string.Empty, TextHelper.Yen(payment.Amount) + AmountGap);
        }
    }

    // Cash payments folded into the first of them; the others as they are; ordered by code, stably.
    private static IEnumerable<TransactionPayment> Combined(IReadOnlyList<TransactionPayment> payments)
    {
        var cash = payments.Where(payment => payment.PaymentCode == CashCode).ToList();
        var combined = payments.Where(payment => payment.PaymentCode != CashCode).ToList();
        if (cash.Count > 0)
        {
            combined.Insert(0, cash[0] with
            {
                Amount = cash.Sum(payment => payment.Amount),
                DepositAmount = cash.Sum(payment => payment.DepositAmount),
            });
        }

        return combined.OrderBy(payment => payment.PaymentCode, StringComparer.Ordinal);
    }
}
