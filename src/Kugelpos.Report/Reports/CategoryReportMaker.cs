using Kugelpos.Report.Logs;
using Kugelpos.Report.Reports.Slips;

namespace Kugelpos.Report.Reports;

/// <summary>
/// The original's category report: the lines of the reported transactions by category, measured
/// as <see cref="LineTotals"/>, voids and returns counting back.
/// </summary>
internal sealed class CategoryReportMaker(ReportLogStore store, TimeProvider time) : IReportMaker
{
    public string Type => "category";

    public async Task<IReportView> MakeAsync(string tenantId, ReportRequest request, CancellationToken cancellationToken)
    {
        var logs = ReportedTransactions.Of(await store.TransactionsAsync(tenantId, request.Logs, cancellationToken));
        var categories = LineTotals.Lines(logs)
            .GroupBy(entry => entry.Line.CategoryCode ?? string.Empty, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group =>
            {
                var totals = LineTotals.Of(group);
                return new CategoryReportItem(
                    group.Key, group.Key, totals.Gross, totals.Discount, totals.Net, totals.Quantity, totals.DiscountQuantity, totals.Count);
            })
            .ToList();
        var header = ReportHeader.Of(tenantId, request);
        var view = new CategoryReportView
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
        var slip = CategoryReportSlip.Print(view, header, request.Scope, StoreClock.Now(time));
        return view with { ReceiptText = slip.ReceiptText, JournalText = slip.JournalText };
    }
}
