using System.Globalization;

namespace Kugelpos.MasterData;

/// <summary>The original's <c>entryDatetime</c> / <c>lastUpdateDatetime</c> text: <c>yyyy-MM-dd HH:mm:ss</c>, here in UTC.</summary>
internal static class EntryTimestamps
{
    public static string Format(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public static string? Format(DateTimeOffset? instant) => instant is { } value ? Format(value) : null;
}
