using System.Globalization;

namespace Kugelpos.Report.Logs;

/// <summary>Business dates as the original's queries and documents write them: <c>YYYYMMDD</c>.</summary>
internal static class BusinessDates
{
    public const string Format = "yyyyMMdd";

    public static string? Text(DateOnly? date) => date?.ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>Whether <paramref name="text"/> is a real date written <c>YYYYMMDD</c>.</summary>
    public static bool IsValid(string text) =>
        DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
