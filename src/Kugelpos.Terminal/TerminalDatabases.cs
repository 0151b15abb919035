using Kugelpos.DocumentStore;

namespace Kugelpos.Terminal;

/// <summary>
/// The terminal service's database of each tenant (<c>db_terminal_{tenant_id}</c>); every part of the
/// service reaches its tenant's collections through it, so no tenant's documents are read from another's.
/// </summary>
/// <param name="store">The document store.</param>
internal sealed class TerminalDatabases(IDocumentStore store)
{
    /// <summary>The tenant's database.</summary>
    /// <param name="tenantId">A valid tenant id (the route's, already checked against the caller's token).</param>
    public IDocumentDatabase For(string tenantId) => store.GetDatabase(TerminalStorage.DatabasePrefix, tenantId);

    /// <summary>A typed collection of the tenant's database, e.g. <see cref="TerminalStorage.TenantInfo"/>.</summary>
    /// <param name="tenantId">A valid tenant id.</param>
    /// <param name="name">The collection name, one of <see cref="TerminalStorage"/>.</param>
    public IDocumentCollection<T> Collection<T>(string tenantId, string name)
        where T : class, IDocument => For(tenantId).GetCollection<T>(name);

    /// <summary>Removes the tenant's database with every document in it.</summary>
    /// <param name="tenantId">A valid tenant id.</param>
    /// <param name="cancellationToken">Cancels the removal.</param>
    public Task DropAsync(string tenantId, CancellationToken cancellationToken) =>
        store.DropDatabaseAsync(TerminalStorage.DatabasePrefix, tenantId, cancellationToken);
}
