using Kugelpos.Stock.Schedules;

namespace Kugelpos.Stock.Tests.Schedules;

public sealed class ScheduleClockTests
{
    private static SnapshotScheduleDocument Schedule(string interval, int hour, int minute = 0, int? dayOfWeek = null, int? dayOfMonth = null) => new()
    {
        Id = "T1",
        ScheduleInterval = interval,
        ScheduleHour = hour,
        ScheduleMinute = minute,
        ScheduleDayOfWeek = dayOfWeek,
        ScheduleDayOfMonth = dayOfMonth,
    };

    private static DateTimeOffset At(int year, int month, int day, int hour = 0, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(9, 30, 15, 9, 30)]
    [InlineData(9, 0, 16, 9, 0)]
    [InlineData(2, 0, 16, 2, 0)]
    public void A_daily_schedule_runs_next_at_its_time_today_or_else_tomorrow(int hour, int minute, int day, int expectedHour, int expectedMinute) =>
        Assert.Equal(At(2030, 1, day, expectedHour, expectedMinute), ScheduleClock.Next(Schedule("daily", hour, minute), At(2030, 1, 15, 9)));

    [Fact]
    public void A_weekly_schedule_runs_on_its_weekday_counted_from_monday()
    {
        // 2030-01-15 is a Tuesday; 4 is Friday, 1 Tuesday.
        Assert.Equal(At(2030, 1, 18, 2), ScheduleClock.Next(Schedule("weekly", 2, dayOfWeek: 4), At(2030, 1, 15, 9)));
        Assert.Equal(At(2030, 1, 22, 2), ScheduleClock.Next(Schedule("weekly", 2, dayOfWeek: 1), At(2030, 1, 15, 9)));
    }

    [Fact]
    public void A_monthly_schedule_passes_over_months_without_its_day()
    {
        Assert.Equal(At(2030, 3, 31, 2), ScheduleClock.Next(Schedule("monthly", 2, dayOfMonth: 31), At(2030, 1, 31, 3)));
        Assert.Equal(At(2030, 2, 1, 2), ScheduleClock.Next(Schedule("monthly", 2, dayOfMonth: 1), At(2030, 1, 15, 9)));
    }
}
