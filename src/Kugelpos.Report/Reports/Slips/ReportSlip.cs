using System.Globalization;
using Kugelpos.Receipts;

namespace Kugelpos.Report.Reports.Slips;

/// <summary>
/// What the original's report slips share (its <c>*ReportReceiptData</c> classes): the store, till
/// and staff lines, the time, the centred title with its scope, the session counters, the footer,
/// and the two ways its category and item slips write numbers.
/// </summary>
internal static class ReportSlip
{
    /// <summary>The width the original prints reports in.</summary>
    public const int Width = PrintData.DefaultWidth;

    /// <summary>
    /// Store, till and staff, time and title. The original names the store by its code (its makers
    /// set the store name to the code) and leaves the staff number empty (its makers pass no staff).
    /// </summary>
    public static ReceiptPage Start(ReportHeader header, DateTimeOffset generatedAt, string title) =>
        new ReceiptPage()
            .LineLeft("店舗名 " + header.StoreCode)
            .LineSplit(
                header.TerminalNo is { } terminalNo ? string.Create(CultureInfo.InvariantCulture, $"レジNo. {terminalNo}") : "店舗合計",
                "責# ")
            .LineLeft(ReceiptDates.DateTime(generatedAt))
            .LineCenter(" ")
            .LineCenter(title)
            .LineCenter(" ");

    /// <summary>The title's scope: <c>( 日報 )</c> for daily, else <c>( 速報 )</c>.</summary>
    public static string Subtitle(string scope) => scope == ReportScope.Daily ? "( 日報 )" : "( 速報 )";

    /// <summary>The one business date, as every slip writes it.</summary>
    public static ReceiptPage BusinessDate(this ReceiptPage page, string businessDate) =>
        page.LineLeft("営業日付 " + ReceiptDates.BusinessDate(businessDate));

    /// <summary>The session, when one was asked for, and the business counter of a daily report.</summary>
    public static ReceiptPage Counters(this ReceiptPage page, ReportHeader header, string scope)
    {
        if (header.OpenCounter is { } openCounter)
        {
            page.LineLeft("開設回数 " + TextHelper.FixedLeft(TextHelper.Comma(openCounter) + "回", 10));
        }

        if (scope == ReportScope.Daily && header.BusinessCounter is { } businessCounter)
        {
            page.LineLeft("精算通番 " + TextHelper.FixedLeft(TextHelper.Comma(businessCounter), 10));
        }

        return page;
    }

    /// <summary>The footer of the sales, category and item slips: a receipt number never given.</summary>
    public static ReceiptPage NoReceiptNumber(this ReceiptPage page) => page.LineLeft("レシートNo. ------");

    /// <summary>The category and item slips' amounts: the whole part (Python's <c>int()</c> cuts toward zero) with commas.</summary>
    public static string Whole(decimal amount) => decimal.Truncate(amount).ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>A count with commas.</summary>
    public static string Count(int count) => count.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>Both forms of the one-page slip.</summary>
    public static ReceiptData Print(ReceiptPage page) => new PrintData(page).ToReceiptData(Width);
}
