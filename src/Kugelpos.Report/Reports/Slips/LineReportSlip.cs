using Kugelpos.Receipts;

namespace Kugelpos.Report.Reports.Slips;

/// <summary>
/// What the original's category and item slips share (<c>CategoryReportReceiptData</c>,
/// <c>ItemReportReceiptData</c>): their date lines, their quantity-and-amount columns and their
/// closing summary.
/// </summary>
internal static class LineReportSlip
{
    /// <summary>The dates: a range on two lines, one date, or none given.</summary>
    public static ReceiptPage Dates(this ReceiptPage page, ReportHeader header)
    {
        if (!string.IsNullOrEmpty(header.BusinessDateFrom) && !string.IsNullOrEmpty(header.BusinessDateTo))
        {
            return page
                .LineLeft("期間 " + ReceiptDates.BusinessDate(header.BusinessDateFrom))
                .LineLeft("     ～ " + ReceiptDates.BusinessDate(header.BusinessDateTo));
        }

        return string.IsNullOrEmpty(header.BusinessDate) ? page.LineLeft("営業日付 指定なし") : page.BusinessDate(header.BusinessDate);
    }

    /// <summary>A name, else its code, else <c>不明</c> (unknown).</summary>
    public static string Name(string? name, string? code) =>
        !string.IsNullOrEmpty(name) ? name : !string.IsNullOrEmpty(code) ? code : "不明";

    /// <summary>A line of a name with its items and amount, in columns of the given widths.</summary>
    public static ReceiptPage Figures(this ReceiptPage page, string name, int quantity, int quantityWidth, decimal amount) =>
        page.LineSplit(name, Columns(quantity, quantityWidth, ReportSlip.Whole(amount)));

    /// <summary>The discount under a line, when it has one: its items and the discount as a minus.</summary>
    public static ReceiptPage Discount(this ReceiptPage page, string label, decimal discount, int discountQuantity)
    {
        if (discount > 0 || discountQuantity > 0)
        {
            page.LineSplit(label, Columns(discountQuantity, 5, "-" + ReportSlip.Whole(discount)));
        }

        return page;
    }

    /// <summary>The gross, discount and net under the totals, then a border.</summary>
    public static ReceiptPage Summary(this ReceiptPage page, decimal gross, decimal discount, decimal net) =>
        page.LineLeft(string.Empty)
            .LineLeft("総売上: " + ReportSlip.Whole(gross) + "円")
            .LineLeft("値引計: " + ReportSlip.Whole(discount) + "円")
            .LineLeft("純売上: " + ReportSlip.Whole(net) + "円")
            .Border();

    private static string Columns(int quantity, int quantityWidth, string amount) =>
        TextHelper.FixedRight(ReportSlip.Count(quantity) + "点", quantityWidth) + " " + TextHelper.FixedRight(amount + "円", 12);
}
