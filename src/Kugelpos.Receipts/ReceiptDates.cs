using System.Globalization;

namespace Kugelpos.Receipts;

/// <summary>
/// Dates as the original's slips print them, in its Japanese locale: <c>2024年01月01日(月) 09:00</c>.
/// </summary>
public static class ReceiptDates
{
    // Python's %a in ja_JP, by DayOfWeek (Sunday first).
    private static readonly string[] WeekdayNames = ["日", "月", "火", "水", "木", "金", "土"];

    /// <summary>
    /// When the slip was made, as the wall clock showed it (<c>%Y年%m月%d日(%a) %H:%M</c>): pass the
    /// time already in the store's time zone, as the business date is reckoned.
    /// </summary>
    public static string DateTime(DateTimeOffset localTime) =>
        Day(localTime.Year, localTime.Month, localTime.Day, localTime.DayOfWeek)
        + localTime.ToString(" HH:mm", CultureInfo.InvariantCulture);

    /// <summary>
    /// A business date <c>yyyyMMdd</c> as <c>2024年01月01日(月)</c>; any other string is printed as it is.
    /// </summary>
    public static string BusinessDate(string businessDate)
    {
        ArgumentNullException.ThrowIfNull(businessDate);
        return businessDate.Length == 8
            && businessDate.All(char.IsAsciiDigit)
            && DateOnly.TryParseExact(businessDate, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? Day(date.Year, date.Month, date.Day, date.DayOfWeek)
            : businessDate;
    }

    private static string Day(int year, int month, int day, DayOfWeek weekday) =>
        string.Create(CultureInfo.InvariantCulture, $"{year:D4}年{month:D2}月{day:D2}日({WeekdayNames[(int)weekday]})");
}
