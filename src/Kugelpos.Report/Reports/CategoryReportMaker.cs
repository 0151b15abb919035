using Kugelpos.Report.Logs;

namespace Kugelpos.Report.Reports;

/// <summary>
/// The original's category report: the lines of the reported transactions by category, voids and
/// returns counting back: gross = line amounts, discount = line discounts + allocated subtotal
/// discounts, net = gross - discount, the quantity of discounted lines, and one count per line.
/// </summary>
internal sealed class CategoryReportMaker(ReportLogStore store) : IReportMaker
{
    public string Type => "category";

    public async Task<IReportView> MakeAsync(string tenantId, ReportRequest request, CancellationToken cancellationToken)
    {
        var logs = ReportedTransactions.Of(await store.TransactionsAsync(tenantId, request.Logs, cancellationToken));
        var categories = logs
            .SelectMany(log => log.LineItems.Select(line => (Line: line, Factor: ReportedTransactions.Factor(log))))
            .GroupBy(entry => entry.Line.CategoryCode ?? string.Empty, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group =>
            {
                var gross = group.Sum(e => e.Line.Amount * e.Factor);
                var discount = group.Sum(e => (e.Line.Discounts.Sum(d => d.DiscountAmount) + e.Line.DiscountsAllocated.Sum(d => d.DiscountAmount)) * e.Factor);
                return new CategoryReportItem(
                    group.Key,
                    group.Key,
                    gross,
                    discount,
                    gross - discount,
                    group.Sum(e => e.Line.Quantity * e.Factor),
                    group.Where(e => IsDiscounted(e.Line)).Sum(e => e.Line.Quantity * e.Factor),
                    group.Count());
            })
            .ToList();
        var header = ReportHeader.Of(tenantId, request);
        return new CategoryReportView
        {
            TenantId = header.TenantId,
            StoreCode = header.StoreCode,
            TerminalNo = header.TerminalNo,
            BusinessDate = header.BusinessDate,
            BusinessDateFrom = header.BusinessDateFrom,
            BusinessDateTo = header.BusinessDateTo,
            OpenCounter = header.OpenCounter,
            BusinessCounter = header.BusinessCounter,
            Categories = categories,
            TotalGrossAmount = categories.Sum(c => c.GrossAmount),
            TotalDiscountAmount = categories.Sum(c => c.DiscountAmount),
            TotalNetAmount = categories.Sum(c => c.NetAmount),
            TotalQuantity = categories.Sum(c => c.Quantity),
            TotalDiscountQuantity = categories.Sum(c => c.DiscountQuantity),
            TotalTransactionCount = categories.Sum(c => c.TransactionCount),
        };
    }

    private static bool IsDiscounted(Contracts.Transactions.TransactionLineItem line) =>
        line.Discounts.Sum(d => d.DiscountAmount) > 0 || line.DiscountsAllocated.Sum(d => d.DiscountAmount) > 0;
}
