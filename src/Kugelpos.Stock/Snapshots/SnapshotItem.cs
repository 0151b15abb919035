namespace Kugelpos.Stock.Snapshots;

/// <summary>One item's stock as a snapshot caught it (the original's <c>StockSnapshotItem</c>).</summary>
public sealed record SnapshotItem(string ItemCode, decimal Quantity, decimal MinimumQuantity, decimal ReorderPoint, decimal ReorderQuantity);
