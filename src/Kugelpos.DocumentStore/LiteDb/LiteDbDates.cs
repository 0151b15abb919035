namespace Kugelpos.DocumentStore.LiteDb;

/// <summary>
/// LiteDB stores dates as UTC but hands them back in local time. Reads are turned back into
/// UTC, as MongoDB returns them. (Comparisons need nothing: LiteDB compares dates as UTC instants.)
/// </summary>
internal static class LiteDbDates
{
    public static DateTime ToUtc(DateTime stored) =>
        stored.Kind == DateTimeKind.Utc || stored == DateTime.MinValue || stored == DateTime.MaxValue
            ? DateTime.SpecifyKind(stored, DateTimeKind.Utc)
            : stored.ToUniversalTime();
}
