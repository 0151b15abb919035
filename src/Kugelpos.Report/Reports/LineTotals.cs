using Kugelpos.Contracts.Transactions;

namespace Kugelpos.Report.Reports;

/// <summary>
/// The original's measures of a group of lines (a category's, an item's), each line signed by its
/// transaction: gross = line amounts, discount = line discounts + allocated subtotal discounts,
/// net = gross - discount, the items, the items on discounted lines, and one count per line.
/// </summary>
internal sealed record LineTotals(decimal Gross, decimal Discount, decimal Net, int Quantity, int DiscountQuantity, int Count)
{
    public static LineTotals Of(IEnumerable<SignedLine> lines)
    {
        var list = lines.ToList();
        var gross = list.Sum(e => e.Line.Amount * e.Factor);
        var discount = list.Sum(e => DiscountOf(e.Line) * e.Factor);
        return new LineTotals(
            gross,
            discount,
            gross - discount,
            list.Sum(e => e.Line.Quantity * e.Factor),
            list.Where(e => DiscountOf(e.Line) > 0).Sum(e => e.Line.Quantity * e.Factor),
            list.Count);
    }

    /// <summary>Every line of the reported transactions with its transaction's sign.</summary>
    public static IEnumerable<SignedLine> Lines(IEnumerable<TransactionLog> reported) =>
        reported.SelectMany(log => log.LineItems.Select(line => new SignedLine(line, ReportedTransactions.Factor(log))));

    private static decimal DiscountOf(TransactionLineItem line) =>
        line.Discounts.Sum(d => d.DiscountAmount) + line.DiscountsAllocated.Sum(d => d.DiscountAmount);
}
