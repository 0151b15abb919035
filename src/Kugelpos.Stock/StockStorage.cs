namespace Kugelpos.Stock;

/// <summary>Where the stock service keeps its documents: one database per tenant, <c>db_stock_{tenant}</c>, as the original.</summary>
internal static class StockStorage
{
    public const string DatabasePrefix = "db_stock";

    /// <summary>One record per store and item.</summary>
    public const string Stocks = "stock";

    /// <summary>The history: one record per change of a quantity.</summary>
    public const string Updates = "stock_updates";

    public const string Snapshots = "stock_snapshots";
}
