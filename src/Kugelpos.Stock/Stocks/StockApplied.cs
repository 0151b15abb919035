namespace Kugelpos.Stock.Stocks;

/// <summary>What applying a change came to.</summary>
/// <param name="Record">The change's history record.</param>
/// <param name="Stock">The stock after the change; null when the change had been applied before.</param>
internal sealed record StockApplied(StockUpdateDocument Record, StockDocument? Stock);
