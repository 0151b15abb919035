namespace Kugelpos.Stock.Schedules;

/// <summary>
/// When a schedule runs next, as the original's cron triggers (hour and minute, plus the weekday or
/// the day of the month; a month without that day is passed over). Times are UTC.
/// </summary>
internal static class ScheduleClock
{
    /// <summary>The first run strictly after <paramref name="after"/>.</summary>
    public static DateTimeOffset Next(SnapshotScheduleDocument schedule, DateTimeOffset after)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var start = after.ToUniversalTime();
        var time = new TimeSpan(schedule.ScheduleHour, schedule.ScheduleMinute, 0);
        if (schedule.ScheduleInterval == ScheduleIntervals.Monthly)
        {
            var day = schedule.ScheduleDayOfMonth ?? 1;
            var month = new DateTime(start.Year, start.Month, 1, 0, 0, 0, DateTimeKind.Utc);
            for (var i = 0; i < 48; i++, month = month.AddMonths(1))
            {
                if (day <= DateTime.DaysInMonth(month.Year, month.Month)
                    && new DateTimeOffset(month.AddDays(day - 1) + time) is var candidate && candidate > start)
                {
                    return candidate;
                }
            }

            throw new InvalidOperationException("No month holds the schedule's day.");
        }

        for (var date = new DateTimeOffset(start.Date, TimeSpan.Zero); ; date = date.AddDays(1))
        {
            var candidate = date + time;
            if (candidate > start && (schedule.ScheduleInterval != ScheduleIntervals.Weekly || Weekday(candidate) == (schedule.ScheduleDayOfWeek ?? 0)))
            {
                return candidate;
            }
        }
    }

    // Python's weekday(): Monday 0 to Sunday 6.
    private static int Weekday(DateTimeOffset at) => ((int)at.DayOfWeek + 6) % 7;
}
