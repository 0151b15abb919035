using System.Globalization;
using Kugelpos.Receipts;

namespace Kugelpos.Report.Reports.Slips;

/// <summary>The original's payment report slip (<c>PaymentReportReceiptData</c>), line for line.</summary>
internal static class PaymentReportSlip
{
    public static ReceiptData Print(PaymentReportView report, ReportHeader header, DateTimeOffset generatedAt)
    {
        var page = ReportSlip.Start(header, generatedAt, "【 決済別レポート " + ReportSlip.Subtitle(report.ReportScope) + " 】");
        if (!string.IsNullOrEmpty(header.BusinessDateFrom) && !string.IsNullOrEmpty(header.BusinessDateTo))
        {
            page.LineLeft("期間")
                .LineLeft("  " + ReceiptDates.BusinessDate(header.BusinessDateFrom))
                .LineLeft("  ～ " + ReceiptDates.BusinessDate(header.BusinessDateTo));
        }
        else if (!string.IsNullOrEmpty(header.BusinessDate))
        {
            page.BusinessDate(header.BusinessDate);
        }

        page.Counters(header, report.ReportScope)
            .Border()
            .LineLeft("決 済 方 法 別 集 計")
            .Border();
        for (var i = 0; i < report.PaymentSummary.Count; i++)
        {
            var payment = report.PaymentSummary[i];
            var count = "件数: " + TextHelper.FixedRight(TextHelper.Comma(payment.Count) + "件", 8);
            var ratio = "構成比: " + TextHelper.FixedRight(payment.Ratio.ToString("0.00", CultureInfo.InvariantCulture) + "%", 7);
            page.LineLeft(payment.PaymentName)
                .LineLeft("  " + count + " " + ratio)
                .LineLeft("  金額: " + TextHelper.FixedRight(TextHelper.Comma(payment.Amount) + "円", 12));
            if (i < report.PaymentSummary.Count - 1)
            {
                page.LineLeft(" ");
            }
        }

        page.Border()
            .LineLeft("合 計")
            .LineLeft("  総件数: " + TextHelper.FixedRight(TextHelper.Comma(report.Total.Count) + "件", 10))
            .LineLeft("  総金額: " + TextHelper.FixedRight(TextHelper.Comma(report.Total.Amount) + "円", 12))
            .Border()
            .LineCenter(" ")
            .LineCenter(" ")
            .LineCenter("*** END ***");
        return ReportSlip.Print(page);
    }
}
