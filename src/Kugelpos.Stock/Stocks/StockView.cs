namespace Kugelpos.Stock.Stocks;

/// <summary>An item's stock (OpenAPI schema <c>StockResponse</c>).</summary>
public sealed record StockView(
    string TenantId,
    string StoreCode,
    string ItemCode,
    decimal CurrentQuantity,
    decimal MinimumQuantity,
    decimal ReorderPoint,
    decimal ReorderQuantity,
    DateTimeOffset LastUpdated,
    string? LastTransactionId)
{
    internal static StockView From(string tenantId, StockDocument stock) => new(
        tenantId,
        stock.StoreCode,
        stock.ItemCode,
        stock.CurrentQuantity,
        stock.MinimumQuantity,
        stock.ReorderPoint,
        stock.ReorderQuantity,
        stock.UpdatedAt,
        stock.LastTransactionId);
}
