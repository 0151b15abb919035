using Kugelpos.Report.Reports.Slips;

namespace Kugelpos.Report.Reports;

/// <summary>The original's two reports of lines by category: with each category's totals, or with its items.</summary>
internal static class LineGroupings
{
    /// <summary>The category report: each category's totals.</summary>
    public static LineGrouping<CategoryReportItem> ByCategory { get; } = new(
        "category",
        (code, _, totals) => new CategoryReportItem(
            code, code, totals.Gross, totals.Discount, totals.Net, totals.Quantity, totals.DiscountQuantity, totals.Count),
        CategoryReportSlip.Print);

    /// <summary>The item report: each category's items by code, named by the sale's line description, else the code.</summary>
    public static LineGrouping<CategoryWithItems> ByItem { get; } = new(
        "item",
        (code, lines, totals) => new CategoryWithItems(
            code,
            code,
            [.. lines
                .GroupBy(entry => entry.Line.ItemCode ?? string.Empty, StringComparer.Ordinal)
                .OrderBy(item => item.Key, StringComparer.Ordinal)
                .Select(item =>
                {
                    var itemTotals = LineTotals.Of(item);
                    var name = item.Select(e => e.Line.Description).FirstOrDefault(d => !string.IsNullOrEmpty(d)) ?? item.Key;
                    return new ItemReportItem(
                        item.Key, name, itemTotals.Gross, itemTotals.Discount, itemTotals.Net, itemTotals.Quantity, itemTotals.DiscountQuantity, itemTotals.Count);
                })],
            totals.Gross,
            totals.Discount,
            totals.Net,
            totals.Quantity,
            totals.DiscountQuantity,
            totals.Count),
        ItemReportSlip.Print);
}
