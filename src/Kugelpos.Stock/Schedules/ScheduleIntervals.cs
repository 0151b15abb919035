namespace Kugelpos.Stock.Schedules;

/// <summary>How often a scheduled snapshot is taken.</summary>
internal static class ScheduleIntervals
{
    public const string Daily = "daily";
    public const string Weekly = "weekly";
    public const string Monthly = "monthly";
}
