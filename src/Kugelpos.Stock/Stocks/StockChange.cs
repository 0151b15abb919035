namespace Kugelpos.Stock.Stocks;

/// <summary>A change to apply to one item's quantity.</summary>
/// <param name="ChangeId">Unique per change: applying the same id again has no further effect.</param>
/// <param name="Key">The item in its store.</param>
/// <param name="Quantity">Added to the quantity (negative takes away).</param>
/// <param name="UpdateType">One of <see cref="StockUpdateTypes"/>.</param>
/// <param name="ReferenceId">The transaction (or document) behind the change.</param>
/// <param name="OperatorId">Who made it.</param>
/// <param name="Note">A remark.</param>
internal sealed record StockChange(
    string ChangeId, StockKey Key, decimal Quantity, string UpdateType, string? ReferenceId, string? OperatorId = null, string? Note = null);
