using Kugelpos.Report.Logs;

namespace Kugelpos.Report.Reports;

/// <summary>
/// The original's category and item reports: the lines of the reported transactions by category,
/// each measured as <see cref="LineTotals"/>, voids and returns counting back; a category's items,
/// when the grouping answers them, sum to its totals.
/// </summary>
/// <typeparam name="TCategory">What a category answers.</typeparam>
internal sealed class LineReportMaker<TCategory>(ReportLogStore store, TimeProvider time, LineGrouping<TCategory> grouping) : IReportMaker
{
    public string Type => grouping.Type;

    public async Task<IReportView> MakeAsync(string tenantId, ReportRequest request, CancellationToken cancellationToken)
    {
        var logs = ReportedTransactions.Of(await store.TransactionsAsync(tenantId, request.Logs, cancellationToken));
        var categories = LineTotals.Lines(logs)
            .GroupBy(entry => entry.Line.CategoryCode ?? string.Empty, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group =>
            {
                List<SignedLine> lines = [.. group];
                var totals = LineTotals.Of(lines);
                return (Category: grouping.Category(group.Key, lines, totals), Totals: totals);
            })
            .ToList();
        var header = ReportHeader.Of(tenantId, request);
        var view = new LineReportView<TCategory>
        {
            TenantId = header.TenantId,
            StoreCode = header.StoreCode,
            TerminalNo = header.TerminalNo,
            BusinessDate = header.BusinessDate,
            BusinessDateFrom = header.BusinessDateFrom,
            BusinessDateTo = header.BusinessDateTo,
            OpenCounter = header.OpenCounter,
            BusinessCounter = header.BusinessCounter,
            Categories = [.. categories.Select(c => c.Category)],
            TotalGrossAmount = categories.Sum(c => c.Totals.Gross),
            TotalDiscountAmount = categories.Sum(c => c.Totals.Discount),
            TotalNetAmount = categories.Sum(c => c.Totals.Net),
            TotalQuantity = categories.Sum(c => c.Totals.Quantity),
            TotalDiscountQuantity = categories.Sum(c => c.Totals.DiscountQuantity),
            TotalTransactionCount = categories.Sum(c => c.Totals.Count),
        };
        var slip = grouping.Print(view, header, request.Scope, StoreClock.Now(time));
        return view with { ReceiptText = slip.ReceiptText, JournalText = slip.JournalText };
    }
}
