using Kugelpos.Report.Logs;
using Kugelpos.Report.Reports.Slips;

namespace Kugelpos.Report.Reports;

/// <summary>
/// The original's payment report: per payment code, the amount paid and the transactions that paid
/// with it (a transaction paying twice with one method counts once), voids and returns counting
/// back; each method's share of the total, the largest first.
/// </summary>
internal sealed class PaymentReportMaker(ReportLogStore store, TimeProvider time) : IReportMaker
{
    public string Type => "payment";

    public async Task<IReportView> MakeAsync(string tenantId, ReportRequest request, CancellationToken cancellationToken)
    {
        var logs = ReportedTransactions.Of(await store.TransactionsAsync(tenantId, request.Logs, cancellationToken));
        var methods = logs
            .SelectMany(log => log.Payments.Where(p => p.PaymentCode is not null).Select(payment => (Log: log, Payment: payment)))
            .GroupBy(entry => entry.Payment.PaymentCode!, StringComparer.Ordinal)
            .Select(group => (
                Code: group.Key,
                Name: group.Select(e => e.Payment.Description).FirstOrDefault(d => !string.IsNullOrEmpty(d)) ?? $"Payment {group.Key}",
                Amount: group.Sum(e => e.Payment.Amount * ReportedTransactions.Factor(e.Log)),
                Count: group.Select(e => e.Log).Distinct().Sum(ReportedTransactions.Factor)))
            .ToList();
        var total = new PaymentTotal(methods.Sum(m => m.Count), methods.Sum(m => m.Amount));
        var header = ReportHeader.Of(tenantId, request);
        var view = new PaymentReportView
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
            PaymentSummary = [.. methods
                .OrderByDescending(m => m.Amount)
                .Select(m => new PaymentSummaryItem(m.Code, m.Name, m.Count, m.Amount, Ratio(m.Amount, total.Amount)))],
            Total = total,
        };
        var slip = PaymentReportSlip.Print(view, header, StoreClock.Now(time));
        return view with { ReceiptText = slip.ReceiptText, JournalText = slip.JournalText };
    }

    // Python's round(x, 2), which the original uses, rounds halves to even.
    private static decimal Ratio(decimal amount, decimal total) =>
        total > 0 ? Math.Round(amount / total * 100m, 2, MidpointRounding.ToEven) : 0m;
}
