using System.Text.Json.Serialization;

namespace Kugelpos.Stock.Schedules;

/// <summary>A tenant's snapshot schedule (OpenAPI schema <c>SnapshotScheduleResponse</c>), snake_case as the original's.</summary>
public sealed record SnapshotScheduleView(
    [property: JsonPropertyName("enabled")] bool Enabled,
    [property: JsonPropertyName("schedule_interval")] string ScheduleInterval,
    [property: JsonPropertyName("schedule_hour")] int ScheduleHour,
    [property: JsonPropertyName("schedule_minute")] int ScheduleMinute,
    [property: JsonPropertyName("schedule_day_of_week")] int? ScheduleDayOfWeek,
    [property: JsonPropertyName("schedule_day_of_month")] int? ScheduleDayOfMonth,
    [property: JsonPropertyName("retention_days")] int RetentionDays,
    [property: JsonPropertyName("target_stores")] IReadOnlyList<string> TargetStores,
    [property: JsonPropertyName("tenant_id")] string TenantId,
    [property: JsonPropertyName("last_executed_at")] DateTimeOffset? LastExecutedAt,
    [property: JsonPropertyName("next_execution_at")] DateTimeOffset? NextExecutionAt,
    [property: JsonPropertyName("created_at")] DateTimeOffset? CreatedAt,
    [property: JsonPropertyName("updated_at")] DateTimeOffset? UpdatedAt,
    [property: JsonPropertyName("created_by")] string? CreatedBy,
    [property: JsonPropertyName("updated_by")] string? UpdatedBy)
{
    /// <summary>The target that names every store.</summary>
    public const string AllStores = "all";

    internal static SnapshotScheduleView From(SnapshotScheduleDocument schedule) => new(
        schedule.Enabled,
        schedule.ScheduleInterval,
        schedule.ScheduleHour,
        schedule.ScheduleMinute,
        schedule.ScheduleDayOfWeek,
        schedule.ScheduleDayOfMonth,
        schedule.RetentionDays,
        schedule.TargetStores,
        schedule.Id,
        schedule.LastExecutedAt,
        schedule.NextExecutionAt,
        schedule.CreatedAt,
        schedule.UpdatedAt,
        schedule.CreatedBy,
        schedule.UpdatedBy);

    /// <summary>The original's default (DEFAULT_SNAPSHOT_*): daily at 02:00, kept 30 days, every store.</summary>
    internal static SnapshotScheduleDocument Default(string tenantId, DateTimeOffset now) => new()
    {
        Id = tenantId,
        Enabled = true,
        ScheduleInterval = ScheduleIntervals.Daily,
        ScheduleHour = 2,
        ScheduleMinute = 0,
        RetentionDays = 30,
        TargetStores = [AllStores],
        CreatedAt = now,
        UpdatedAt = now,
        CreatedBy = "system",
        UpdatedBy = "system",
    };
}
