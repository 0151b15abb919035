using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace Kugelpos.Stock.Schedules;

/// <summary>
/// The body of <c>PUT .../stock/snapshot-schedule</c> (OpenAPI schema <c>SnapshotScheduleCreate</c>),
/// snake_case as the original's, which has no camelCase aliases for it.
/// </summary>
public sealed record SnapshotScheduleRequest : IValidatableObject
{
    /// <summary>The original's MIN_SNAPSHOT_RETENTION_DAYS.</summary>
    public const int MinRetentionDays = 1;

    /// <summary>The original's MAX_SNAPSHOT_RETENTION_DAYS.</summary>
    public const int MaxRetentionDays = 365;

    [JsonPropertyName("enabled")]
    public bool Enabled { get; init; } = true;

    [JsonPropertyName("schedule_interval")]
    [Required(ErrorMessage = "schedule_interval is required")]
    [AllowedValues("daily", "weekly", "monthly", ErrorMessage = "schedule_interval must be one of: daily, weekly, monthly")]
    public string? ScheduleInterval { get; init; }

    [JsonPropertyName("schedule_hour")]
    [Required(ErrorMessage = "schedule_hour is required")]
    [Range(0, 23, ErrorMessage = "schedule_hour must be from 0 to 23")]
    public int? ScheduleHour { get; init; }

    [JsonPropertyName("schedule_minute")]
    [Range(0, 59, ErrorMessage = "schedule_minute must be from 0 to 59")]
    public int ScheduleMinute { get; init; }

    /// <summary>0 is Monday, 6 Sunday.</summary>
    [JsonPropertyName("schedule_day_of_week")]
    [Range(0, 6, ErrorMessage = "schedule_day_of_week must be from 0 (Monday) to 6 (Sunday)")]
    public int? ScheduleDayOfWeek { get; init; }

    [JsonPropertyName("schedule_day_of_month")]
    [Range(1, 31, ErrorMessage = "schedule_day_of_month must be from 1 to 31")]
    public int? ScheduleDayOfMonth { get; init; }

    [JsonPropertyName("retention_days")]
    [Range(MinRetentionDays, MaxRetentionDays, ErrorMessage = "retention_days must be from {1} to {2}")]
    public int RetentionDays { get; init; } = 30;

    [JsonPropertyName("target_stores")]
    [Required(ErrorMessage = "target_stores must not be null")]
    [MinLength(1, ErrorMessage = "target_stores must not be empty")]
    [MaxLength(1000, ErrorMessage = "target_stores must name at most {1} stores")]
    public IReadOnlyList<string>? TargetStores { get; init; } = [SnapshotScheduleView.AllStores];

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ScheduleInterval == ScheduleIntervals.Weekly && ScheduleDayOfWeek is null)
        {
            yield return new ValidationResult("schedule_day_of_week is required for weekly schedules", [nameof(ScheduleDayOfWeek)]);
        }

        if (ScheduleInterval == ScheduleIntervals.Monthly && ScheduleDayOfMonth is null)
        {
            yield return new ValidationResult("schedule_day_of_month is required for monthly schedules", [nameof(ScheduleDayOfMonth)]);
        }

        if (TargetStores is not null && !TargetStores.All(Stocks.StockKey.IsValidCode))
        {
            yield return new ValidationResult("target_stores must hold 'all' or store codes", [nameof(TargetStores)]);
        }
    }
}
