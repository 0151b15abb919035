using System.Collections.Concurrent;
using Kugelpos.DocumentStore;

namespace Kugelpos.MasterData.Storage;

/// <summary>
/// Each tenant's master-data database (<c>db_master_data_{tenant}</c>), one per tenant as in the
/// original. A collection's unique indexes are ensured the first time this process opens it for a
/// tenant, so a tenant that was never prepared still refuses duplicate codes.
/// </summary>
/// <remarks>
/// Call it only with a tenant id that a token vouches for: on LiteDB opening a database creates its file.
/// </remarks>
internal sealed class MasterDataDatabase(IDocumentStore store, IEnumerable<IMasterDataCollection> collections)
{
    private readonly ConcurrentDictionary<(string Tenant, string Collection), bool> _indexed = new();

    /// <summary>The tenant's collection, its unique indexes in place.</summary>
    public async Task<IDocumentCollection<T>> CollectionAsync<T>(
        string tenantId, MasterDataCollection<T> collection, CancellationToken cancellationToken)
        where T : class, IDocument
    {
        ArgumentNullException.ThrowIfNull(collection);
        var database = Database(tenantId);
        await EnsureIndexesAsync(database, collection, cancellationToken);
        return collection.In(database);
    }

    /// <summary>Prepares the tenant as the original's tenant setup does: every collection with its unique indexes.</summary>
    public async Task PrepareTenantAsync(string tenantId, CancellationToken cancellationToken)
    {
        var database = Database(tenantId);
        foreach (var collection in collections)
        {
            await EnsureIndexesAsync(database, collection, cancellationToken);
        }
    }

    private IDocumentDatabase Database(string tenantId) => store.GetDatabase(MasterDataStorage.DatabasePrefix, tenantId);

    private async Task EnsureIndexesAsync(IDocumentDatabase database, IMasterDataCollection collection, CancellationToken cancellationToken)
    {
        var key = (database.TenantId, collection.Name);
        if (!_indexed.ContainsKey(key))
        {
            await collection.EnsureIndexesAsync(database, cancellationToken);
            _indexed.TryAdd(key, true);
        }
    }
}
