namespace Kugelpos.Stock.Stocks;

/// <summary>One change of a quantity (OpenAPI schema <c>StockUpdateResponse</c>).</summary>
public sealed record StockUpdateView(
    string TenantId,
    string StoreCode,
    string ItemCode,
    string UpdateType,
    decimal QuantityChange,
    decimal BeforeQuantity,
    decimal AfterQuantity,
    string? ReferenceId,
    DateTimeOffset Timestamp,
    string? OperatorId,
    string? Note)
{
    internal static StockUpdateView From(string tenantId, StockUpdateDocument update) => new(
        tenantId,
        update.StoreCode,
        update.ItemCode,
        update.UpdateType,
        update.QuantityChange,
        update.BeforeQuantity,
        update.AfterQuantity,
        update.ReferenceId,
        update.Timestamp,
        update.OperatorId,
        update.Note);
}
