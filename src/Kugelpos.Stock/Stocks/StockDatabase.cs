using Kugelpos.DocumentStore;
using Kugelpos.Stock.Snapshots;

namespace Kugelpos.Stock.Stocks;

/// <summary>The collections of a tenant's stock database.</summary>
/// <remarks>Call it only with a tenant a token or the registry vouches for: on LiteDB opening a database creates its file.</remarks>
internal sealed class StockDatabase(IDocumentStore store)
{
    public IDocumentCollection<StockDocument> Stocks(string tenantId) =>
        Database(tenantId).GetCollection<StockDocument>(StockStorage.Stocks);

    public IDocumentCollection<StockUpdateDocument> Updates(string tenantId) =>
        Database(tenantId).GetCollection<StockUpdateDocument>(StockStorage.Updates);

    public IDocumentCollection<SnapshotDocument> Snapshots(string tenantId) =>
        Database(tenantId).GetCollection<SnapshotDocument>(StockStorage.Snapshots);

    private IDocumentDatabase Database(string tenantId) => store.GetDatabase(StockStorage.DatabasePrefix, tenantId);
}
