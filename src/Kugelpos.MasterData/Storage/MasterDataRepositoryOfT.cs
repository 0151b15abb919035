using Kugelpos.DocumentStore;
using Kugelpos.DocumentStore.Queries;
using Kugelpos.MasterData.Validation;
using Kugelpos.ServiceDefaults.Paging;

namespace Kugelpos.MasterData.Storage;

/// <summary>
/// The reads and writes every master-data resource makes on its collection in the tenant's database:
/// find one, one page with its total, add (a taken code is a 409), replace, remove. A resource derives
/// from it, naming its collection and its sortable fields.
/// </summary>
/// <typeparam name="T">The stored document.</typeparam>
internal abstract class MasterDataRepository<T>(MasterDataDatabase database, MasterDataCollection<T> collection, SortFields sort)
    where T : class, IDocument
{
    /// <summary>The sortable fields of the resource's list and its default sort.</summary>
    public SortFields Sort { get; } = sort;

    /// <summary>The tenant's first document matching <paramref name="filter"/>, or null.</summary>
    public async Task<T?> FindAsync(string tenantId, DocumentFilter filter, CancellationToken cancellationToken)
    {
        var documents = await CollectionAsync(tenantId, cancellationToken);
        return await documents.FindOneAsync(filter, cancellationToken);
    }

    /// <summary>
    /// The tenant's document whose <paramref name="codeField"/> holds <paramref name="code"/> and that
    /// matches <paramref name="also"/>, or null. A code no document can hold (from a path) is not looked
    /// up, so an overlong one never reaches an index.
    /// </summary>
    protected Task<T?> FindByCodeAsync(
        string tenantId, string codeField, string code, DocumentFilter? also, CancellationToken cancellationToken)
    {
        if (!MasterDataCodeAttribute.IsValidCode(code))
        {
            return Task.FromResult<T?>(null);
        }

        var byCode = DocumentFilter.Eq(codeField, code);
        return FindAsync(tenantId, also is null ? byCode : DocumentFilter.And(byCode, also), cancellationToken);
    }

    /// <summary>One page of the tenant's documents matching <paramref name="filter"/> (all when null), and how many match.</summary>
    public async Task<(IReadOnlyList<T> Items, long Total)> PageAsync(
        string tenantId, DocumentFilter? filter, PageQuery page, CancellationToken cancellationToken)
    {
        var documents = await CollectionAsync(tenantId, cancellationToken);
        return await documents.FindPageAsync(filter, page, Sort, cancellationToken);
    }

    /// <summary>Adds a document; a value a unique index already holds is a 409 naming <paramref name="field"/>.</summary>
    public async Task AddAsync(string tenantId, T document, string field, string conflictMessage, CancellationToken cancellationToken)
    {
        var documents = await CollectionAsync(tenantId, cancellationToken);
        await documents.InsertUniqueAsync(document, field, conflictMessage, cancellationToken);
    }

    /// <summary>Replaces a document read before (same id).</summary>
    public async Task SaveAsync(string tenantId, T document, CancellationToken cancellationToken)
    {
        var documents = await CollectionAsync(tenantId, cancellationToken);
        await documents.UpsertAsync(document, cancellationToken);
    }

    /// <summary>
    /// Replaces a document read before only while the stored one still matches <paramref name="condition"/>
    /// (the version it was read at); false, with nothing written, when another write came in between.
    /// </summary>
    protected async Task<bool> SaveIfAsync(string tenantId, T document, DocumentFilter condition, CancellationToken cancellationToken)
    {
        var documents = await CollectionAsync(tenantId, cancellationToken);
        return await documents.ReplaceIfAsync(document, condition, cancellationToken);
    }

    /// <summary>Removes a document read before.</summary>
    public async Task DeleteAsync(string tenantId, T document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var documents = await CollectionAsync(tenantId, cancellationToken);
        await documents.DeleteAsync(document.Id, cancellationToken);
    }

    private Task<IDocumentCollection<T>> CollectionAsync(string tenantId, CancellationToken cancellationToken) =>
        database.CollectionAsync(tenantId, collection, cancellationToken);
}
