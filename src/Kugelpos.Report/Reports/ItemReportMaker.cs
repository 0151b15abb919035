using Kugelpos.Report.Logs;
using Kugelpos.Report.Reports.Slips;

namespace Kugelpos.Report.Reports;

/// <summary>
/// The original's item report: the lines of the reported transactions by category, then by item,
/// each measured as <see cref="LineTotals"/>, voids and returns counting back.
/// </summary>
internal sealed class ItemReportMaker(ReportLogStore store, TimeProvider time) : IReportMaker
{
    public string Type => "item";

    public async Task<IReportView> MakeAsync(string tenantId, ReportRequest request, CancellationToken cancellationToken)
    {
        var logs = ReportedTransactions.Of(await store.TransactionsAsync(tenantId, request.Logs, cancellationToken));
        var categories = LineTotals.Lines(logs)
            .GroupBy(entry => entry.Line.CategoryCode ?? string.Empty, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group =>
            {
                List<ItemReportItem> items = [.. group
                    .GroupBy(entry => entry.Line.ItemCode ?? string.Empty, StringComparer.Ordinal)
                    .OrderBy(item => item.Key, StringComparer.Ordinal)
                    .Select(item =>
                    {
                        var totals = LineTotals.Of(item);
                        var name = item.Select(e => e.Line.Description).FirstOrDefault(d => !string.IsNullOrEmpty(d)) ?? item.Key;
                        return new ItemReportItem(item.Key, name, totals.Gross, totals.Discount, totals.Net, totals.Quantity, totals.DiscountQuantity, totals.Count);
                    })];
                return new CategoryWithItems(
                    group.Key,
                    group.Key,
                    items,
                    items.Sum(i => i.GrossAmount),
                    items.Sum(i => i.DiscountAmount),
                    items.Sum(i => i.NetAmount),
                    items.Sum(i => i.Quantity),
                    items.Sum(i => i.DiscountQuantity),
                    items.Sum(i => i.TransactionCount));
            })
            .ToList();
        var header = ReportHeader.Of(tenantId, request);
        var view = new ItemReportView
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
            TotalGrossAmount = categories.Sum(c => c.CategoryTotalGrossAmount),
            TotalDiscountAmount = categories.Sum(c => c.CategoryTotalDiscountAmount),
            TotalNetAmount = categories.Sum(c => c.CategoryTotalNetAmount),
            TotalQuantity = categories.Sum(c => c.CategoryTotalQuantity),
            TotalDiscountQuantity = categories.Sum(c => c.CategoryTotalDiscountQuantity),
            TotalTransactionCount = categories.Sum(c => c.CategoryTotalTransactionCount),
        };
        var slip = ItemReportSlip.Print(view, header, request.Scope, StoreClock.Now(time));
        return view with { ReceiptText = slip.ReceiptText, JournalText = slip.JournalText };
    }
}
