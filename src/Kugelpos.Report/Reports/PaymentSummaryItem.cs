namespace Kugelpos.Report.Reports;

/// <summary>One payment method in the payment report.</summary>
/// <param name="PaymentCode">The payment code.</param>
/// <param name="PaymentName">Its name, as the sale's log gives it.</param>
/// <param name="Count">The transactions that used it (voids and returns count back).</param>
/// <param name="Amount">The money paid with it.</param>
/// <param name="Ratio">Its share of all payments in percent, to two places; 0 when nothing was paid.</param>
public sealed record PaymentSummaryItem(string PaymentCode, string PaymentName, int Count, decimal Amount, decimal Ratio);
