using System.Globalization;

namespace Kugelpos.Stock.Snapshots;

/// <summary>The snapshot times as text, which the list's date range compares as the original does.</summary>
internal static class SnapshotTimes
{
    /// <summary>ISO 8601 in UTC with microseconds, so every snapshot's text sorts by its time.</summary>
    public static string Format(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'+00:00'", CultureInfo.InvariantCulture);

    /// <summary>Whether <paramref name="text"/> is an ISO date or date and time, as a range bound must be.</summary>
    public static bool IsIsoDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
        || (text.Length > 10 && text[10] == 'T'
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _));
}
