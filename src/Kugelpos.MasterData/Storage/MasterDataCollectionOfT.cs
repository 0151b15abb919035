using Kugelpos.DocumentStore;

namespace Kugelpos.MasterData.Storage;

/// <summary>
/// A typed master-data collection and its unique indexes (the original's: one code per tenant, e.g.
/// <c>category_code</c>; the tenant is the database). Open it through <see cref="MasterDataDatabase"/>.
/// </summary>
/// <typeparam name="T">The stored document.</typeparam>
/// <param name="name">The collection name.</param>
/// <param name="uniqueIndexes">Each unique index, as the document field paths it covers.</param>
internal sealed class MasterDataCollection<T>(string name, params IReadOnlyList<string>[] uniqueIndexes) : IMasterDataCollection
    where T : class, IDocument
{
    /// <inheritdoc/>
    public string Name { get; } = name;

    /// <summary>The collection in <paramref name="database"/>.</summary>
    public IDocumentCollection<T> In(IDocumentDatabase database) => database.GetCollection<T>(Name);

    /// <inheritdoc/>
    public async Task EnsureIndexesAsync(IDocumentDatabase database, CancellationToken cancellationToken)
    {
        var collection = In(database);
        foreach (var fields in uniqueIndexes)
        {
            await collection.EnsureUniqueIndexAsync(fields, cancellationToken);
        }
    }
}
