namespace Kugelpos.Stock.Snapshots;

/// <summary>
/// A snapshot (OpenAPI schema <c>StockSnapshotResponse</c>), with its id as well: the original's
/// response lacks it, which left <c>GET .../snapshot/{snapshot_id}</c> without a way to learn one.
/// </summary>
public sealed record SnapshotView(
    string SnapshotId,
    string TenantId,
    string StoreCode,
    int TotalItems,
    decimal TotalQuantity,
    IReadOnlyList<SnapshotItem> Stocks,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? UpdatedAt,
    string? GenerateDateTime)
{
    internal static SnapshotView From(string tenantId, SnapshotDocument snapshot) => new(
        snapshot.Id,
        tenantId,
        snapshot.StoreCode,
        snapshot.TotalItems,
        snapshot.TotalQuantity,
        snapshot.Stocks,
        snapshot.CreatedBy,
        snapshot.CreatedAt,
        null,
        snapshot.GenerateDateTime);
}
