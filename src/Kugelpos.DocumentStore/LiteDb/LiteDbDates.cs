namespace Kugelpos.DocumentStore.LiteDb;

/// <summary>
/// LiteDB stores dates as UTC but hands them back in local time, and compares dates by ticks
/// regardless of kind. Reads are turned back into UTC; filter values are turned into the local
/// time the engine will compare them with.
/// </summary>
internal static class LiteDbDates
{
    public static DateTime ToUtc(DateTime stored) =>
        stored.Kind == DateTimeKind.Utc || stored == DateTime.MinValue || stored == DateTime.MaxValue
            ? DateTime.SpecifyKind(stored, DateTimeKind.Utc)
            : stored.ToUniversalTime();

    public static DateTime ToEngine(DateTime value) =>
        value.Kind == DateTimeKind.Utc ? value.ToLocalTime() : value;
}
