using Kugelpos.DocumentStore;
using Kugelpos.DocumentStore.Queries;
using Kugelpos.ServiceDefaults.Paging;

namespace Kugelpos.MasterData.Storage;

/// <summary>One page of a master-data list and the total it was cut from, as the original's list endpoints return them.</summary>
internal static class PagedFind
{
    /// <summary>The documents of the requested page (sorted as asked, else by the resource's default) and how many match in all.</summary>
    public static async Task<(IReadOnlyList<T> Items, long Total)> FindPageAsync<T>(
        this IDocumentCollection<T> collection,
        DocumentFilter? filter,
        PageQuery page,
        SortFields fields,
        CancellationToken cancellationToken)
        where T : class, IDocument
    {
        ArgumentNullException.ThrowIfNull(collection);
        ArgumentNullException.ThrowIfNull(page);

        // The options first: a bad sort is a 422 before anything is read.
        var options = page.FindOptions(fields);
        var items = await collection.FindAsync(filter, options, cancellationToken);
        var total = await collection.CountAsync(filter, cancellationToken);
        return (items, total);
    }

    /// <summary>The first document matching <paramref name="filter"/>, or null.</summary>
    public static async Task<T?> FindOneAsync<T>(
        this IDocumentCollection<T> collection, DocumentFilter filter, CancellationToken cancellationToken)
        where T : class, IDocument
    {
        ArgumentNullException.ThrowIfNull(collection);
        var found = await collection.FindAsync(filter, new DocumentFindOptions { Limit = 1 }, cancellationToken);
        return found.Count == 0 ? null : found[0];
    }
}
