using Kugelpos.Contracts;
using Kugelpos.Contracts.Transactions;

namespace Kugelpos.Report.Reports;

/// <summary>
/// The sums of one transaction type over the reported logs, as the original's aggregation groups
/// them: amounts with tax, discounts, items, transactions and the tax of every kind (external,
/// internal and exempt alike).
/// </summary>
internal sealed record SalesTotals(decimal AmountWithTax, decimal DiscountAmount, int Quantity, int Count, decimal Tax)
{
    public static SalesTotals Zero { get; } = new(0m, 0m, 0, 0, 0m);

    public static SalesTotals Of(IEnumerable<TransactionLog> logs, TransactionType type)
    {
        var total = Zero;
        foreach (var log in logs.Where(l => l.TransactionType == type))
        {
            var sales = log.Sales ?? new TransactionSales();
            total = new SalesTotals(
                total.AmountWithTax + sales.TotalAmountWithTax,
                total.DiscountAmount + sales.TotalDiscountAmount,
                total.Quantity + sales.TotalQuantity,
                total.Count + 1,
                total.Tax + log.Taxes.Sum(t => t.TaxAmount));
        }

        return total;
    }
}
