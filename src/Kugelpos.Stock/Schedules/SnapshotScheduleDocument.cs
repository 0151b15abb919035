using Kugelpos.DocumentStore;

namespace Kugelpos.Stock.Schedules;

/// <summary>A tenant's snapshot schedule (the original's <c>SnapshotScheduleDocument</c>); the id is the tenant id.</summary>
internal sealed record SnapshotScheduleDocument : IDocument
{
    public required string Id { get; init; }

    public bool Enabled { get; init; } = true;

    public required string ScheduleInterval { get; init; }

    public int ScheduleHour { get; init; }

    public int ScheduleMinute { get; init; }

    /// <summary>0 is Monday, 6 Sunday, as Python counts.</summary>
    public int? ScheduleDayOfWeek { get; init; }

    public int? ScheduleDayOfMonth { get; init; }

    public int RetentionDays { get; init; }

    /// <summary><c>["all"]</c> for every store with stock, or store codes.</summary>
    public IReadOnlyList<string> TargetStores { get; init; } = [];

    public DateTimeOffset? LastExecutedAt { get; init; }

    /// <summary>When the scheduler takes the next snapshots.</summary>
    public DateTimeOffset? NextExecutionAt { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public string? CreatedBy { get; init; }

    public string? UpdatedBy { get; init; }
}
