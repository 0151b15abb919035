using Kugelpos.DocumentStore.Queries;
using Kugelpos.ServiceDefaults.Paging;
using Kugelpos.ServiceDefaults.Responses;

namespace Kugelpos.Stock.Stocks;

/// <summary>The reads of stock records and their history, in the original's orders.</summary>
internal sealed class StockReads(StockDatabase database)
{
    /// <summary>The item's record, or null.</summary>
    public Task<StockDocument?> GetAsync(string tenantId, StockKey key, CancellationToken cancellationToken) =>
        database.Stocks(tenantId).GetAsync(key.Id, cancellationToken);

    /// <summary>One page of the store's records by item code, and how many there are.</summary>
    public async Task<StockPage<StockDocument>> PageAsync(string tenantId, string storeCode, PageQuery page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var stocks = database.Stocks(tenantId);
        var filter = DocumentFilter.Eq(nameof(StockDocument.StoreCode), storeCode);
        var items = await stocks.FindAsync(filter, Options(page, SortKey.Ascending(nameof(StockDocument.ItemCode))), cancellationToken);
        var total = await stocks.CountAsync(filter, cancellationToken);
        return new StockPage<StockDocument>(items, Metadata(total, page));
    }

    /// <summary>Every record of the store, by item code.</summary>
    public Task<IReadOnlyList<StockDocument>> StoreAsync(string tenantId, string storeCode, CancellationToken cancellationToken) =>
        database.Stocks(tenantId).FindAsync(
            DocumentFilter.Eq(nameof(StockDocument.StoreCode), storeCode),
            new DocumentFindOptions { Sort = [SortKey.Ascending(nameof(StockDocument.ItemCode))] },
            cancellationToken);

    /// <summary>The codes of every store with a stock record.</summary>
    public async Task<IReadOnlyList<string>> StoreCodesAsync(string tenantId, CancellationToken cancellationToken)
    {
        var stocks = await database.Stocks(tenantId).FindAsync(cancellationToken: cancellationToken);
        return [.. stocks.Select(stock => stock.StoreCode).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>One page of the item's history, newest first, and how many changes there are.</summary>
    public async Task<StockPage<StockUpdateDocument>> HistoryAsync(string tenantId, StockKey key, PageQuery page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(page);
        var updates = database.Updates(tenantId);
        var filter = DocumentFilter.And(
            DocumentFilter.Eq(nameof(StockUpdateDocument.StoreCode), key.StoreCode),
            DocumentFilter.Eq(nameof(StockUpdateDocument.ItemCode), key.ItemCode));
        var items = await updates.FindAsync(filter, Options(page, SortKey.Descending(nameof(StockUpdateDocument.StockVersion))), cancellationToken);
        var total = await updates.CountAsync(filter, cancellationToken);
        return new StockPage<StockUpdateDocument>(items, Metadata(total, page));
    }

    /// <summary>The original's list metadata: no sort or filter named.</summary>
    public static ResponseMetadata Metadata(long total, PageQuery page) => new(total, page.Page, page.Limit, null, null);

    private static DocumentFindOptions Options(PageQuery page, SortKey sort) => new()
    {
        Sort = [sort],
        Skip = page.Skip,
        Limit = page.Limit == 0 ? null : page.Limit,
    };
}
