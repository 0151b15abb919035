using System.Globalization;

namespace Kugelpos.Journal.Journals;

/// <summary>Reads the generation times clients send: the original's YYYYMMDDTHHMMSS, or ISO 8601.</summary>
internal static class JournalTimes
{
    private static readonly string[] CompactFormats = ["yyyyMMdd'T'HHmmss", "yyyyMMdd'T'HHmm", "yyyyMMdd"];

    /// <summary>The instant in UTC (a time without an offset is UTC), or null when the text is neither form.</summary>
    public static DateTimeOffset? Parse(string text)
    {
        const DateTimeStyles styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;
        if (DateTimeOffset.TryParseExact(text, CompactFormats, CultureInfo.InvariantCulture, styles, out var compact))
        {
            return compact;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, styles, out var iso) ? iso : null;
    }
}
