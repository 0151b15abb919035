using Kugelpos.DocumentStore;

namespace Kugelpos.Stock.Snapshots;

/// <summary>A store's stock at one moment (the original's <c>StockSnapshotDocument</c>).</summary>
internal sealed record SnapshotDocument : IDocument
{
    /// <summary>The snapshot id of the <c>.../stock/snapshot/{snapshot_id}</c> path.</summary>
    public required string Id { get; init; }

    public required string StoreCode { get; init; }

    public int TotalItems { get; init; }

    public decimal TotalQuantity { get; init; }

    public IReadOnlyList<SnapshotItem> Stocks { get; init; } = [];

    public required string CreatedBy { get; init; }

    /// <summary>What the retention counts from.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the snapshot was taken, as ISO text (UTC, microseconds), which the list's date range compares.</summary>
    public required string GenerateDateTime { get; init; }
}
