using Kugelpos.DocumentStore;

namespace Kugelpos.MasterData;

/// <summary>Where master data lives, named as in the original: each tenant's in <c>db_master_data_{tenant_id}</c>.</summary>
internal static class MasterDataStorage
{
    /// <summary>The database prefix of every tenant's master data.</summary>
    public const string DatabasePrefix = "db_master_data";

    /// <summary>The tenant's collection <paramref name="name"/>.</summary>
    public static IDocumentCollection<T> Collection<T>(this IDocumentStore store, string tenantId, string name)
        where T : class, IDocument =>
        store.GetDatabase(DatabasePrefix, tenantId).GetCollection<T>(name);
}
