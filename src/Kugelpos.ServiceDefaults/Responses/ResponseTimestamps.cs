using System.Globalization;

namespace Kugelpos.ServiceDefaults.Responses;

/// <summary>
/// The original's text for the <c>*_datetime</c> fields of a response (<c>entryDatetime</c>,
/// <c>lastUpdateDatetime</c> and the like): <c>yyyy-MM-dd HH:mm:ss</c> in UTC. POS devices and
/// tools parse exactly this shape, so every service writes it the same way.
/// </summary>
public static class ResponseTimestamps
{
    /// <summary>The pattern, <c>yyyy-MM-dd HH:mm:ss</c>.</summary>
    public const string Pattern = "yyyy-MM-dd HH:mm:ss";

    /// <summary>The instant as the original wrote it.</summary>
    public static string Format(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString(Pattern, CultureInfo.InvariantCulture);

    /// <summary>The instant as the original wrote it, or null when there is none.</summary>
    public static string? Format(DateTimeOffset? instant) => instant is { } value ? Format(value) : null;
}
