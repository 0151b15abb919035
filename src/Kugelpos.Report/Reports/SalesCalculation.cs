using Kugelpos.Contracts;
using Kugelpos.Contracts.Terminals;
using Kugelpos.Contracts.Transactions;

namespace Kugelpos.Report.Reports;

/// <summary>
/// The original's sales report formulas over the logs of a report's scope. Cancelled sales and
/// other transaction types are left out; sales and voided returns count +1, returns and voided
/// sales -1:
/// gross = sales with tax + their discounts, less the same of voided sales;
/// returns = returns with tax less voided returns with tax;
/// net = gross - returns - line discounts - subtotal discounts - (sales tax - returns tax);
/// logical cash = cash payments (code 01) + cash in + cash out (negative); difference = physical - logical.
/// </summary>
internal static class SalesCalculation
{
    /// <summary>The cash payment code of the original.</summary>
    public const string CashPaymentCode = "01";

    public static SalesFigures Compute(IEnumerable<TransactionLog> transactions, IEnumerable<CashInOutLog> cashLogs, IEnumerable<OpenCloseLog> openCloseLogs)
    {
        var logs = ReportedTransactions.Of(transactions);
        var sales = SalesTotals.Of(logs, TransactionType.NormalSales);
        var voidSales = SalesTotals.Of(logs, TransactionType.VoidSales);
        var returned = SalesTotals.Of(logs, TransactionType.ReturnSales);
        var voidReturns = SalesTotals.Of(logs, TransactionType.VoidReturn);

        var gross = new SalesFigure(
            sales.AmountWithTax + sales.DiscountAmount - (voidSales.AmountWithTax + voidSales.DiscountAmount),
            sales.Quantity - voidSales.Quantity,
            sales.Count - voidSales.Count);
        var returns = new SalesFigure(
            returned.AmountWithTax - voidReturns.AmountWithTax,
            returned.Quantity - voidReturns.Quantity,
            returned.Count - voidReturns.Count);
        var lineDiscounts = Signed(logs, LineDiscounts);
        var subtotalDiscounts = Signed(logs, SubtotalDiscounts);
        var netTax = sales.Tax - voidSales.Tax - (returned.Tax - voidReturns.Tax);
        var net = new SalesFigure(
            gross.Amount - returns.Amount - lineDiscounts.Amount - subtotalDiscounts.Amount - netTax,
            gross.Quantity - returns.Quantity,
            gross.Count - returns.Count);

        var payments = Payments(logs);
        return new SalesFigures(gross, net, lineDiscounts, subtotalDiscounts, returns, Taxes(logs), [.. payments.Select(p => p.Figure)], Cash(payments, cashLogs, openCloseLogs));
    }

    private static SalesFigure Signed(IEnumerable<TransactionLog> logs, Func<TransactionLog, SalesFigure> figure) =>
        logs.Aggregate(SalesFigure.Zero, (total, log) =>
        {
            var one = figure(log);
            var factor = ReportedTransactions.Factor(log);
            return new SalesFigure(total.Amount + (one.Amount * factor), total.Quantity + (one.Quantity * factor), total.Count + (one.Count * factor));
        });

    private static SalesFigure LineDiscounts(TransactionLog log) => new(
        log.LineItems.Sum(item => item.Discounts.Sum(d => d.DiscountAmount)),
        log.LineItems.Where(item => item.Discounts.Count > 0).Sum(item => item.Quantity),
        log.LineItems.Sum(item => item.Discounts.Count));

    // The quantity is that of the lines the subtotal discounts were spread over.
    private static SalesFigure SubtotalDiscounts(TransactionLog log) => new(
        log.SubtotalDiscounts.Sum(d => d.DiscountAmount),
        log.LineItems.Where(item => item.DiscountsAllocated.Count > 0).Sum(item => item.Quantity),
        log.SubtotalDiscounts.Count);

    private static List<TaxFigure> Taxes(IEnumerable<TransactionLog> logs) =>
        [.. logs
            .SelectMany(log => log.Taxes.Where(t => t.TaxCode is not null).Select(tax => (Tax: tax, Factor: ReportedTransactions.Factor(log))))
            .GroupBy(entry => entry.Tax.TaxCode!, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => new TaxFigure(
                group.First().Tax.TaxName,
                group.Sum(e => e.Tax.TaxAmount * e.Factor),
                group.Sum(e => e.Tax.TargetAmount * e.Factor),
                group.Sum(e => e.Tax.TargetQuantity * e.Factor)))];

    private static List<(string Code, PaymentFigure Figure)> Payments(IEnumerable<TransactionLog> logs) =>
        [.. logs
            .SelectMany(log => log.Payments.Where(p => p.PaymentCode is not null).Select(payment => (Payment: payment, Factor: ReportedTransactions.Factor(log))))
            .GroupBy(entry => entry.Payment.PaymentCode!, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => (group.Key, new PaymentFigure(
                group.First().Payment.Description,
                group.Sum(e => e.Payment.Amount * e.Factor),
                group.Sum(e => e.Factor))))];

    private static CashBalance Cash(List<(string Code, PaymentFigure Figure)> payments, IEnumerable<CashInOutLog> cashLogs, IEnumerable<OpenCloseLog> openCloseLogs)
    {
        var cashPaid = payments.Where(p => p.Code == CashPaymentCode).Sum(p => p.Figure.Amount);
        var amounts = cashLogs.Select(log => log.Amount ?? 0m).ToList();
        var cashIn = new CashMovement(amounts.Where(a => a > 0).Sum(), amounts.Count(a => a > 0));
        var cashOut = new CashMovement(amounts.Where(a => a < 0).Sum(), amounts.Count(a => a < 0));
        var logical = cashPaid + cashIn.Amount + cashOut.Amount;
        var physical = openCloseLogs
            .Where(log => log.Operation == TerminalOperations.Close)
            .Sum(log => log.TerminalInfo?.PhysicalAmount ?? 0m);
        return new CashBalance(logical, physical, physical - logical, cashIn, cashOut);
    }
}
