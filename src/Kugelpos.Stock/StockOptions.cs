namespace Kugelpos.Stock;

/// <summary>The stock service's settings, bound from <c>Kugelpos:Stock</c>.</summary>
public sealed class StockOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Kugelpos:Stock";

    /// <summary>
    /// The original's ALERT_COOLDOWN_SECONDS: the same alert for the same item is pushed at most once
    /// in this many seconds; 0 pushes every one.
    /// </summary>
    public int AlertCooldownSeconds { get; set; } = 60;

    /// <summary>How often the snapshot scheduler looks for schedules that are due; one minute by default.</summary>
    public TimeSpan ScheduleCheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Whether the settings can be used.</summary>
    public bool IsValid => AlertCooldownSeconds >= 0 && ScheduleCheckInterval > TimeSpan.Zero;
}
