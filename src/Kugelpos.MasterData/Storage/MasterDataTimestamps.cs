using System.Globalization;

namespace Kugelpos.MasterData.Storage;

/// <summary>
/// The original's <c>entryDatetime</c> / <c>lastUpdateDatetime</c> text: <c>yyyy-MM-dd HH:mm:ss</c>,
/// in UTC (as the original read its stored times back from MongoDB).
/// </summary>
internal static class MasterDataTimestamps
{
    /// <summary>The instant as the original wrote it.</summary>
    public static string Format(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>The instant as the original wrote it, or null when there is none.</summary>
    public static string? Format(DateTimeOffset? instant) => instant is { } value ? Format(value) : null;
}
