using Kugelpos.DocumentStore;

namespace Kugelpos.Stock.Tenants;

/// <summary>
/// The stock service's own database of what spans tenants, <c>db_registry_stock</c>: the prepared
/// tenants and their snapshot schedules.
/// </summary>
/// <remarks>
/// Under a prefix no tenant database uses (as the account service's registry), so no tenant's
/// database can have its name; and an event naming an unknown tenant is answered from here without
/// opening (on LiteDB: creating a file for) a database named after whatever the event carried.
/// </remarks>
internal sealed class StockRegistry(IDocumentStore store)
{
    private const string Prefix = "db_registry";

    /// <summary>A collection of the registry.</summary>
    public IDocumentCollection<T> Collection<T>(string name)
        where T : class, IDocument =>
        store.GetDatabase(Prefix, StockService.AppId).GetCollection<T>(name);
}
