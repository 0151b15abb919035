using Kugelpos.Receipts;

namespace Kugelpos.Report.Reports.Slips;

/// <summary>The original's sales report slip (<c>SalesReportReceiptData</c>), line for line.</summary>
internal static class SalesReportSlip
{
    /// <summary>
    /// The slip; null for a date-range report, whose single business date the original's slip
    /// cannot format (it answers such a report without text).
    /// </summary>
    public static ReceiptData? Print(SalesReportView report, ReportHeader header, string scope, DateTimeOffset generatedAt)
    {
        if (report.BusinessDate is not { } businessDate)
        {
            return null;
        }

        var page = ReportSlip.Start(header, generatedAt, "【 売 上 レ ポ ー ト " + ReportSlip.Subtitle(scope) + " 】")
            .BusinessDate(businessDate)
            .Counters(header, scope)
            .Border()
            .LineLeft("売 上 合 計");
        Sales(page, "総売上", report.SalesGross);
        Sales(page, "返品", report.Returns);
        Sales(page, "明細値引", report.DiscountForLineitems);
        Sales(page, "小計値引", report.DiscountForSubtotal);
        Amount(page, "税額", -report.Taxes.Sum(tax => tax.TaxAmount));
        Sales(page, "純売上", report.SalesNet);
        page.Border().LineLeft("税 額（内訳）");
        foreach (var tax in report.Taxes)
        {
            Amount(page, tax.TaxName ?? string.Empty, tax.TaxAmount);
        }

        page.Border().LineLeft("支 払");
        foreach (var payment in report.Payments)
        {
            Amount(page, payment.PaymentName ?? string.Empty, payment.Amount);
        }

        page.Border().LineLeft("入出金");
        Counted(page, "入金", report.Cash.CashIn.Amount, report.Cash.CashIn.Count);
        Counted(page, "出金", report.Cash.CashOut.Amount, report.Cash.CashOut.Count);
        page.Border().LineLeft("現 金");
        Amount(page, "ドロア内現金", report.Cash.PhysicalAmount);
        Amount(page, "あるべき現金", report.Cash.LogicalAmount);
        Amount(page, "過不足", report.Cash.DifferenceAmount);
        return ReportSlip.Print(page.Border().NoReceiptNumber());
    }

    // The count line, then the items under it.
    private static void Sales(ReceiptPage page, string title, SalesFigure figure)
    {
        Counted(page, title, figure.Amount, figure.Count);
        page.LineLeft(TextHelper.Space(12) + TextHelper.FixedRight(TextHelper.Comma(figure.Quantity) + "点", 5));
    }

    private static void Amount(ReceiptPage page, string title, decimal amount) =>
        page.LineSplit(" " + title, TextHelper.Comma(amount) + "円");

    private static void Counted(ReceiptPage page, string title, decimal amount, int count) =>
        page.LineSplit(
            TextHelper.FixedLeft(" " + title, 12) + TextHelper.FixedRight(TextHelper.Comma(count) + "件", 5),
            TextHelper.Comma(amount) + "円");
}
