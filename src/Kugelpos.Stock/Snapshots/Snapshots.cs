using Kugelpos.DocumentStore.Queries;
using Kugelpos.ServiceDefaults.Paging;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.Stock.Stocks;

namespace Kugelpos.Stock.Snapshots;

/// <summary>Takes, lists and finds the snapshots of a tenant's stores.</summary>
internal sealed class Snapshots(StockDatabase database, StockReads reads, TimeProvider time)
{
    /// <summary>Takes a snapshot of every record of the store.</summary>
    public async Task<SnapshotDocument> TakeAsync(string tenantId, string storeCode, string createdBy, CancellationToken cancellationToken)
    {
        var stocks = await reads.StoreAsync(tenantId, storeCode, cancellationToken);
        var now = time.GetUtcNow();
        var snapshot = new SnapshotDocument
        {
            Id = Guid.NewGuid().ToString("N"),
            StoreCode = storeCode,
            TotalItems = stocks.Count,
            TotalQuantity = stocks.Sum(stock => stock.CurrentQuantity),
            Stocks = [.. stocks.Select(s => new SnapshotItem(s.ItemCode, s.CurrentQuantity, s.MinimumQuantity, s.ReorderPoint, s.ReorderQuantity))],
            CreatedBy = createdBy,
            CreatedAt = now,
            GenerateDateTime = SnapshotTimes.Format(now),
        };
        await database.Snapshots(tenantId).InsertAsync(snapshot, cancellationToken);
        return snapshot;
    }

    /// <summary>The store's snapshot with the id, or null.</summary>
    public async Task<SnapshotDocument?> GetAsync(string tenantId, string storeCode, string snapshotId, CancellationToken cancellationToken)
    {
        // An id no snapshot can have (ours are 32 hex digits) is not looked up, so an overlong one never reaches the store.
        if (snapshotId.Length > 64)
        {
            return null;
        }

        var snapshot = await database.Snapshots(tenantId).GetAsync(snapshotId, cancellationToken);
        return snapshot?.StoreCode == storeCode ? snapshot : null;
    }

    /// <summary>One page of the store's snapshots taken within the range (each bound optional, compared as text), newest first.</summary>
    public async Task<StockPage<SnapshotDocument>> PageAsync(
        string tenantId, string storeCode, string? startDate, string? endDate, PageQuery page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var conditions = new List<DocumentFilter> { DocumentFilter.Eq(nameof(SnapshotDocument.StoreCode), storeCode) };
        var filter = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (startDate is not null)
        {
            conditions.Add(DocumentFilter.Gte(nameof(SnapshotDocument.GenerateDateTime), startDate));
            filter["start_date"] = startDate;
        }

        if (endDate is not null)
        {
            conditions.Add(DocumentFilter.Lte(nameof(SnapshotDocument.GenerateDateTime), endDate));
            filter["end_date"] = endDate;
        }

        var snapshots = database.Snapshots(tenantId);
        var where = DocumentFilter.And([.. conditions]);
        var options = new DocumentFindOptions
        {
            Sort = [SortKey.Descending(nameof(SnapshotDocument.GenerateDateTime)), SortKey.Descending(nameof(SnapshotDocument.Id))],
            Skip = page.Skip,
            Limit = page.Limit == 0 ? null : page.Limit,
        };
        var items = await snapshots.FindAsync(where, options, cancellationToken);
        var total = await snapshots.CountAsync(where, cancellationToken);
        return new StockPage<SnapshotDocument>(
            items, new ResponseMetadata(total, page.Page, page.Limit, "generate_date_time:-1", filter.Count == 0 ? null : filter));
    }

    /// <summary>Keeps the tenant's snapshots for <paramref name="retention"/> after they were taken, as the original's TTL index.</summary>
    public Task KeepForAsync(string tenantId, TimeSpan retention, CancellationToken cancellationToken) =>
        database.Snapshots(tenantId).EnsureExpiryAsync(nameof(SnapshotDocument.CreatedAt), retention, cancellationToken);
}
