using System.Diagnostics.CodeAnalysis;
using Kugelpos.DocumentStore.Queries;

namespace Kugelpos.DocumentStore;

/// <summary>
/// A collection of documents of one type. Field names are stored in camelCase; decimals are
/// stored exactly (Decimal128 on MongoDB, LiteDB's native decimal); enums as their names;
/// DateTime and DateTimeOffset as UTC dates with millisecond precision (read back as UTC).
/// </summary>
/// <remarks>
/// Field paths in filters, sorts, indexes and increments are dotted property names
/// (<c>detail.category</c>); each segment may be the C# name or its camelCase form, and
/// <c>id</c> addresses the document key. Paths reach into embedded documents, not into arrays.
/// </remarks>
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "A collection is the document-database term (MongoDB's IMongoCollection, LiteDB's ILiteCollection).")]
public interface IDocumentCollection<T>
    where T : class, IDocument
{
    /// <summary>The collection name.</summary>
    string Name { get; }

    /// <summary>Adds a new document.</summary>
    /// <exception cref="DuplicateKeyException">The id or a unique index value is taken.</exception>
    Task InsertAsync(T document, CancellationToken cancellationToken = default);

    /// <summary>Replaces the whole document with the same id, or adds it.</summary>
    /// <exception cref="DuplicateKeyException">A unique index value is taken by another document.</exception>
    Task UpsertAsync(T document, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the stored document with the same id only while it still matches
    /// <paramref name="condition"/>, in one atomic step; false, with nothing written, when no document
    /// with that id matches (it changed, was removed or has expired). This is the optimistic-concurrency
    /// write: the document keeps a version field, the caller bumps it in the replacement and makes the
    /// condition the version it read; on false it re-reads, re-applies its change and tries again.
    /// </summary>
    /// <exception cref="DuplicateKeyException">A unique index value is taken by another document.</exception>
    Task<bool> ReplaceIfAsync(T document, DocumentFilter condition, CancellationToken cancellationToken = default);

    /// <summary>The document with this id, or null when there is none (or it has expired).</summary>
    Task<T?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The documents matching the filter (all when null), sorted and paged by the options.</summary>
    /// <remarks>Without a sort the order is unspecified; add a unique field as last sort key for stable paging.</remarks>
    Task<IReadOnlyList<T>> FindAsync(
        DocumentFilter? filter = null,
        DocumentFindOptions? options = null,
        CancellationToken cancellationToken = default);

    /// <summary>How many documents match the filter (all when null).</summary>
    Task<long> CountAsync(DocumentFilter? filter = null, CancellationToken cancellationToken = default);

    /// <summary>Removes the document with this id; false when there was none.</summary>
    Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Removes every document matching the filter and returns how many were removed.</summary>
    Task<long> DeleteManyAsync(DocumentFilter filter, CancellationToken cancellationToken = default);

    /// <summary>
    /// Atomically adds <paramref name="amount"/> to an integer field and returns the new value.
    /// A missing document is created holding only the id and the field; a missing field counts as 0.
    /// Atomic across concurrent callers (and, on MongoDB, across processes). The field is stored as
    /// the document type declares it (an <c>int</c> member as a 32-bit integer, a <c>long</c> member
    /// or an undeclared field as a 64-bit one), so the document reads back on both backends.
    /// </summary>
    /// <exception cref="InvalidOperationException">
    /// The field is declared as or holds something other than an integer, or the result would
    /// leave its type's range (the counter is then unchanged).
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">The amount does not fit an <c>int</c> member.</exception>
    Task<long> IncrementAsync(string id, string field, long amount = 1, CancellationToken cancellationToken = default);

    /// <summary>
    /// Ensures a unique index over one field or, with several, over their combination.
    /// Idempotent. Documents lacking the fields count as holding null.
    /// </summary>
    /// <exception cref="DuplicateKeyException">Existing documents already violate the index.</exception>
    Task EnsureUniqueIndexAsync(IReadOnlyList<string> fields, CancellationToken cancellationToken = default);

    /// <summary>
    /// Makes documents expire once <c>field + expireAfter</c> has passed (by the store's
    /// <see cref="TimeProvider"/>). Expired documents are never returned or counted, and are
    /// purged before every write to the collection. On MongoDB a TTL index (expireAfterSeconds)
    /// also lets the server remove them; on LiteDB the rule is kept in the database file.
    /// Documents whose field is missing or not a date never expire.
    /// </summary>
    /// <param name="field">A DateTime or DateTimeOffset field, not the id.</param>
    /// <param name="expireAfter">Whole seconds, zero or more.</param>
    /// <param name="cancellationToken">Cancels the wait for the backend.</param>
    Task EnsureExpiryAsync(string field, TimeSpan expireAfter, CancellationToken cancellationToken = default);
}
