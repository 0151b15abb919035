using Kugelpos.Report.Logs;
using Kugelpos.Report.Reports.Slips;

namespace Kugelpos.Report.Reports;

/// <summary>The sales report: the logs of the request's scope through <see cref="SalesCalculation"/>.</summary>
internal sealed class SalesReportMaker(ReportLogStore store, TimeProvider time) : IReportMaker
{
    public string Type => "sales";

    public async Task<IReportView> MakeAsync(string tenantId, ReportRequest request, CancellationToken cancellationToken)
    {
        var scope = request.Logs;
        var transactions = await store.TransactionsAsync(tenantId, scope, cancellationToken);
        var cash = await store.CashAsync(tenantId, scope, cancellationToken);
        var openClose = await store.OpenCloseAsync(tenantId, scope, cancellationToken);
        var figures = SalesCalculation.Compute(transactions, cash, openClose);
        var header = ReportHeader.Of(tenantId, request);
        var view = new SalesReportView
        {
            TenantId = header.TenantId,
            StoreCode = header.StoreCode,
            TerminalNo = header.TerminalNo,
            BusinessDate = header.BusinessDate,
            BusinessDateFrom = header.BusinessDateFrom,
            BusinessDateTo = header.BusinessDateTo,
            OpenCounter = header.OpenCounter,
            BusinessCounter = header.BusinessCounter,
            SalesGross = figures.Gross,
            SalesNet = figures.Net,
            DiscountForLineitems = figures.LineDiscounts,
            DiscountForSubtotal = figures.SubtotalDiscounts,
            Returns = figures.Returns,
            Taxes = figures.Taxes,
            Payments = figures.Payments,
            Cash = figures.Cash,
        };
        var slip = SalesReportSlip.Print(view, header, request.Scope, StoreClock.Now(time));
        return view with { ReceiptText = slip?.ReceiptText, JournalText = slip?.JournalText };
    }
}
