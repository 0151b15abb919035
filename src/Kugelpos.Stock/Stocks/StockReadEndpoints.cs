using Kugelpos.ServiceDefaults.Errors;
using Kugelpos.ServiceDefaults.Paging;
using Kugelpos.ServiceDefaults.Responses;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kugelpos.Stock.Stocks;

/// <summary>The stock reads: the store's list, its low and reorder lists, one item and its history.</summary>
internal static class StockReadEndpoints
{
    public static async Task<JsonHttpResult<ApiResponse<StockPage<StockView>>>> ListAsync(
        string tenant_id, string store_code, PageQuery page, StockReads reads, CancellationToken cancellationToken)
    {
        var found = await reads.PageAsync(tenant_id, StockPaths.Store(store_code), page, cancellationToken);
        return ApiResults.Ok(Views(tenant_id, found), "Stock list retrieved successfully", "get_store_stocks");
    }

    public static async Task<JsonHttpResult<ApiResponse<StockPage<StockView>>>> LowAsync(
        string tenant_id, string store_code, StockReads reads, CancellationToken cancellationToken)
    {
        var all = await reads.StoreAsync(tenant_id, StockPaths.Store(store_code), cancellationToken);
        return ApiResults.Ok(Unpaged(tenant_id, all.Where(stock => stock.IsLow)), "Low stock items retrieved successfully", "get_low_stocks");
    }

    public static async Task<JsonHttpResult<ApiResponse<StockPage<StockView>>>> ReorderAlertsAsync(
        string tenant_id, string store_code, StockReads reads, CancellationToken cancellationToken)
    {
        var all = await reads.StoreAsync(tenant_id, StockPaths.Store(store_code), cancellationToken);
        return ApiResults.Ok(Unpaged(tenant_id, all.Where(stock => stock.NeedsReorder)), "Reorder alert items retrieved successfully", "get_reorder_alerts");
    }

    public static async Task<JsonHttpResult<ApiResponse<StockView>>> GetAsync(
        string tenant_id, string store_code, string item_code, StockReads reads, CancellationToken cancellationToken)
    {
        var key = StockPaths.Item(store_code, item_code);
        var stock = await reads.GetAsync(tenant_id, key, cancellationToken) ?? throw NotFound(key);
        return ApiResults.Ok(StockView.From(tenant_id, stock), "Stock retrieved successfully", "get_stock");
    }

    public static async Task<JsonHttpResult<ApiResponse<StockPage<StockUpdateView>>>> HistoryAsync(
        string tenant_id, string store_code, string item_code, PageQuery page, StockReads reads, CancellationToken cancellationToken)
    {
        var found = await reads.HistoryAsync(tenant_id, StockPaths.Item(store_code, item_code), page, cancellationToken);
        var views = new StockPage<StockUpdateView>([.. found.Data.Select(update => StockUpdateView.From(tenant_id, update))], found.Metadata);
        return ApiResults.Ok(views, "Stock history retrieved successfully", "get_stock_history");
    }

    /// <summary>The original's 404 for an item with no record.</summary>
    public static KugelposException NotFound(StockKey key) => new(
        StatusCodes.Status404NotFound,
        StockErrorCodes.StockNotFound,
        $"Stock not found for item {key.ItemCode} in store {key.StoreCode}",
        "item_code");

    private static StockPage<StockView> Views(string tenantId, StockPage<StockDocument> page) =>
        new([.. page.Data.Select(stock => StockView.From(tenantId, stock))], page.Metadata);

    // The low and reorder lists are whole, as the original's: page 1, the limit is the count.
    private static StockPage<StockView> Unpaged(string tenantId, IEnumerable<StockDocument> stocks)
    {
        List<StockView> views = [.. stocks.Select(stock => StockView.From(tenantId, stock))];
        return new StockPage<StockView>(views, new ResponseMetadata(views.Count, 1, views.Count, null, null));
    }
}
