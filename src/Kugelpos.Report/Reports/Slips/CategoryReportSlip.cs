using Kugelpos.Receipts;

namespace Kugelpos.Report.Reports.Slips;

/// <summary>The original's category report slip (<c>CategoryReportReceiptData</c>), line for line.</summary>
internal static class CategoryReportSlip
{
    public static ReceiptData Print(LineReportView<CategoryReportItem> report, ReportHeader header, string scope, DateTimeOffset generatedAt)
    {
        var page = ReportSlip.Start(header, generatedAt, "【分類別売上レポート" + ReportSlip.Subtitle(scope) + "】")
            .Dates(header)
            .Counters(header, scope)
            .Border();
        foreach (var category in report.Categories)
        {
            page.Figures(LineReportSlip.Name(category.CategoryName, category.CategoryCode), category.Quantity, 5, category.GrossAmount)
                .Discount("  値引", category.DiscountAmount, category.DiscountQuantity);
        }

        // The total line shows gross, as each category's line does.
        page.Border()
            .Figures("合計", report.TotalQuantity, 5, report.TotalGrossAmount)
            .Discount("  値引", report.TotalDiscountAmount, report.TotalDiscountQuantity)
            .Summary(report.TotalGrossAmount, report.TotalDiscountAmount, report.TotalNetAmount);
        return ReportSlip.Print(page.NoReceiptNumber());
    }
}
