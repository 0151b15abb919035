using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kugelpos.Stock.Schedules;

/// <summary>A tenant's snapshot schedule: read it (the default when none is set), set it, remove it.</summary>
internal static class SnapshotScheduleEndpoints
{
    public static async Task<JsonHttpResult<ApiResponse<SnapshotScheduleView>>> GetAsync(
        string tenant_id, SnapshotSchedules schedules, TimeProvider time, CancellationToken cancellationToken)
    {
        var schedule = await schedules.GetAsync(tenant_id, cancellationToken) ?? SnapshotScheduleView.Default(tenant_id, time.GetUtcNow());
        return ApiResults.Ok(SnapshotScheduleView.From(schedule), "Snapshot schedule retrieved successfully", "get_snapshot_schedule");
    }

    public static async Task<JsonHttpResult<ApiResponse<SnapshotScheduleView>>> PutAsync(
        string tenant_id, SnapshotScheduleRequest request, KugelposCaller caller,
        SnapshotSchedules schedules, Snapshots.Snapshots snapshots, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var existing = await schedules.GetAsync(tenant_id, cancellationToken);
        var schedule = new SnapshotScheduleDocument
        {
            Id = tenant_id,
            Enabled = request.Enabled,
            ScheduleInterval = request.ScheduleInterval!,
            ScheduleHour = request.ScheduleHour!.Value,
            ScheduleMinute = request.ScheduleMinute,
            ScheduleDayOfWeek = request.ScheduleDayOfWeek,
            ScheduleDayOfMonth = request.ScheduleDayOfMonth,
            RetentionDays = request.RetentionDays,
            TargetStores = request.TargetStores!,
            LastExecutedAt = existing?.LastExecutedAt,
            CreatedAt = existing?.CreatedAt ?? now,
            UpdatedAt = now,
            CreatedBy = existing?.CreatedBy ?? caller.Subject,
            UpdatedBy = caller.Subject,
        };
        schedule = schedule with { NextExecutionAt = schedule.Enabled ? ScheduleClock.Next(schedule, now) : null };

        // As the original: the retention applies to the tenant's snapshots from now on, taken on demand or on schedule.
        await snapshots.KeepForAsync(tenant_id, TimeSpan.FromDays(schedule.RetentionDays), cancellationToken);
        await schedules.SaveAsync(schedule, cancellationToken);
        return ApiResults.Ok(SnapshotScheduleView.From(schedule), "Snapshot schedule updated successfully", "update_snapshot_schedule");
    }

    public static async Task<JsonHttpResult<ApiResponse<IReadOnlyDictionary<string, bool>>>> DeleteAsync(
        string tenant_id, SnapshotSchedules schedules, CancellationToken cancellationToken)
    {
        // As the original: removing a schedule that was never set succeeds too.
        await schedules.DeleteAsync(tenant_id, cancellationToken);
        return ApiResults.Ok<IReadOnlyDictionary<string, bool>>(
            new Dictionary<string, bool> { ["deleted"] = true }, "Snapshot schedule deleted successfully", "delete_snapshot_schedule");
    }
}
