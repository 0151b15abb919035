namespace Kugelpos.Report.Reports;

/// <summary>The store's wall clock, as the original's app time (its configured time zone) reads it.</summary>
internal static class StoreClock
{
    /// <summary>Now in the time zone of <paramref name="time"/>.</summary>
    public static DateTimeOffset Now(TimeProvider time) => TimeZoneInfo.ConvertTime(time.GetUtcNow(), time.LocalTimeZone);
}
