namespace Kugelpos.Stock.Alerts;

/// <summary>
/// An alert pushed to a store's WebSocket clients, in the original's shape (snake_case on the wire):
/// a reorder alert carries the reorder point, a minimum-stock alert the minimum.
/// </summary>
internal sealed record StockAlert(
    string AlertType,
    string TenantId,
    string StoreCode,
    string ItemCode,
    decimal CurrentQuantity,
    decimal? ReorderPoint,
    decimal? MinimumQuantity,
    decimal ReorderQuantity,
    DateTimeOffset Timestamp)
{
    /// <summary>The message type of every alert.</summary>
    public string Type { get; } = "stock_alert";

    public const string Reorder = "reorder_point";

    public const string Minimum = "minimum_stock";
}
