using System.Globalization;
using System.Text;
using Kugelpos.Report.Logs;

namespace Kugelpos.Report.Reports;

/// <summary>
/// The original's promotion report: each line discount that names a promotion, by promotion code
/// and type, voids and returns counting back: the discounted lines' amounts, the discount, net,
/// items, and the transactions it appeared in; the largest discount first, with the original's
/// plain-text slip as both receipt and journal text.
/// </summary>
internal sealed class PromotionReportMaker(ReportLogStore store) : IReportMaker
{
    public string Type => "promotion";

    public async Task<IReportView> MakeAsync(string tenantId, ReportRequest request, CancellationToken cancellationToken)
    {
        var logs = ReportedTransactions.Of(await store.TransactionsAsync(tenantId, request.Logs, cancellationToken));
        var promotions = logs
            .SelectMany(log => log.LineItems.SelectMany(line => line.Discounts
                .Where(d => d.PromotionCode is not null)
                .Select(discount => (Log: log, Line: line, Discount: discount, Factor: ReportedTransactions.Factor(log)))))
            .GroupBy(e => (e.Discount.PromotionCode!, e.Discount.PromotionType))
            .Select(group =>
            {
                var gross = group.Sum(e => e.Line.Amount * e.Factor);
                var discount = group.Sum(e => e.Discount.DiscountAmount * e.Factor);
                return new PromotionReportItem(
                    group.Key.Item1,
                    group.Key.PromotionType,
                    gross,
                    discount,
                    gross - discount,
                    group.Sum(e => e.Line.Quantity * e.Factor),
                    group.Select(e => (e.Log.TerminalNo, e.Log.TransactionNo)).Distinct().Count());
            })
            .OrderByDescending(p => p.DiscountAmount)
            .ToList();
        var header = ReportHeader.Of(tenantId, request);
        var slip = Slip(header, promotions);
        return new PromotionReportView
        {
            TenantId = header.TenantId,
            StoreCode = header.StoreCode,
            TerminalNo = header.TerminalNo,
            BusinessDate = header.BusinessDate,
            BusinessDateFrom = header.BusinessDateFrom,
            BusinessDateTo = header.BusinessDateTo,
            OpenCounter = header.OpenCounter,
            BusinessCounter = header.BusinessCounter,
            ReportScope = request.Scope,
            ReportType = Type,
            Promotions = promotions,
            TotalGrossAmount = promotions.Sum(p => p.GrossAmount),
            TotalDiscountAmount = promotions.Sum(p => p.DiscountAmount),
            TotalNetAmount = promotions.Sum(p => p.NetAmount),
            TotalQuantity = promotions.Sum(p => p.Quantity),
            TotalTransactionCount = promotions.Sum(p => p.TransactionCount),
            ReceiptText = slip,
            JournalText = slip,
        };
    }

    /// <summary>The original's slip, line for line.</summary>
    private static string Slip(ReportHeader header, List<PromotionReportItem> promotions)
    {
        var rule = new string('-', 40);
        var text = new StringBuilder()
            .Append("=== PROMOTION REPORT ===\n")
            .Append(CultureInfo.InvariantCulture, $"Store: {header.StoreCode}\n")
            .Append(CultureInfo.InvariantCulture, $"Date: {header.BusinessDate ?? $"{header.BusinessDateFrom} - {header.BusinessDateTo}"}\n")
            .Append('\n')
            .Append("Promotion Performance:\n")
            .Append(rule).Append('\n');
        foreach (var promotion in promotions)
        {
            text.Append(CultureInfo.InvariantCulture, $"{promotion.PromotionCode}: {promotion.Quantity} items, -{Whole(promotion.DiscountAmount)}\n");
        }

        return text
            .Append(rule).Append('\n')
            .Append(CultureInfo.InvariantCulture, $"Total Discount: -{Whole(promotions.Sum(p => p.DiscountAmount))}\n")
            .Append(CultureInfo.InvariantCulture, $"Total Items: {promotions.Sum(p => p.Quantity)}\n")
            .ToString();
    }

    // Python's "{:.0f}" rounds halves to even.
    private static string Whole(decimal amount) =>
        Math.Round(amount, 0, MidpointRounding.ToEven).ToString("0", CultureInfo.InvariantCulture);
}
