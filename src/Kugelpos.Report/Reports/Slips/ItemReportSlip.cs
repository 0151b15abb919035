using Kugelpos.Receipts;

namespace Kugelpos.Report.Reports.Slips;

/// <summary>The original's item report slip (<c>ItemReportReceiptData</c>), line for line.</summary>
internal static class ItemReportSlip
{
    // The original keeps 18 columns for the item's quantity and amount.
    private const int ItemNameLength = ReportSlip.Width - 18;

    public static ReceiptData Print(LineReportView<CategoryWithItems> report, ReportHeader header, string scope, DateTimeOffset generatedAt)
    {
        var page = ReportSlip.Start(header, generatedAt, "【商品別売上レポート" + ReportSlip.Subtitle(scope) + "】")
            .Dates(header)
            .Counters(header, scope)
            .Border();
        foreach (var category in report.Categories)
        {
            page.LineLeft(LineReportSlip.Name(category.CategoryName, category.CategoryCode));
            foreach (var item in category.Items)
            {
                page.Figures(ItemName(item), item.Quantity, 5, item.GrossAmount)
                    .Discount("    値引", item.DiscountAmount, item.DiscountQuantity);
            }

            // The subtotal and total show net, unlike the item lines above them.
            page.Figures("小計", category.CategoryTotalQuantity, 7, category.CategoryTotalNetAmount)
                .LineLeft(string.Empty);
        }

        page.Border()
            .Figures("合計", report.TotalQuantity, 7, report.TotalNetAmount)
            .Summary(report.TotalGrossAmount, report.TotalDiscountAmount, report.TotalNetAmount);
        return ReportSlip.Print(page.NoReceiptNumber());
    }

    // Indented two spaces and cut by characters, not columns, with an ellipsis, as the original does.
    private static string ItemName(ItemReportItem item)
    {
        var name = "  " + LineReportSlip.Name(item.ItemName, item.ItemCode);
        return name.Length > ItemNameLength ? name[..(ItemNameLength - 1)] + "…" : name;
    }
}
