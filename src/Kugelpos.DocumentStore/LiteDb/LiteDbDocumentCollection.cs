using Kugelpos.DocumentStore.Indexing;
using Kugelpos.DocumentStore.Queries;
using LiteDB;

namespace Kugelpos.DocumentStore.LiteDb;

/// <summary>
/// A LiteDB collection handled as BsonDocuments, mapped to and from <typeparamref name="T"/>
/// with the store's mapper. LiteDB is synchronous and local, so reads complete inline and
/// writes wait only for the database's write gate.
/// </summary>
internal sealed class LiteDbDocumentCollection<T>(
    LiteDbDocumentDatabase database,
    string name,
    ILiteCollection<BsonDocument> collection) : IDocumentCollection<T>
    where T : class, IDocument
{
    public string Name => name;

    public Task InsertAsync(T document, CancellationToken cancellationToken = default)
    {
        DocumentIds.Of(document, nameof(document));
        var bson = database.Mapper.ToDocument(document);
        return Write(() => collection.Insert(bson), cancellationToken);
    }

    public Task UpsertAsync(T document, CancellationToken cancellationToken = default)
    {
        DocumentIds.Of(document, nameof(document));
        var bson = database.Mapper.ToDocument(document);
        return Write(() => collection.Upsert(bson), cancellationToken);
    }

    public Task<bool> ReplaceIfAsync(T document, DocumentFilter condition, CancellationToken cancellationToken = default)
    {
        var id = DocumentIds.Of(document, nameof(document));
        ArgumentNullException.ThrowIfNull(condition);
        var bson = database.Mapper.ToDocument(document);

        // The database is opened in direct mode by this process alone and every write passes its write
        // gate, so nothing can change the document between the match and the update.
        return Write(
            () =>
            {
                var stillMatches = LiteDbQueryBuilder.Predicate(DocumentFilter.And(DocumentFilter.Eq("id", id), condition), Expiry, database.Time)!;
                return collection.Exists(stillMatches) && collection.Update(bson);
            },
            cancellationToken);
    }

    public Task<T?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        DocumentIds.Validate(id, nameof(id));
        return Read(() =>
        {
            var predicate = LiteDbQueryBuilder.Predicate(DocumentFilter.Eq("id", id), Expiry, database.Time)!;
            var found = collection.FindOne(predicate);
            return found is null ? null : database.Mapper.ToObject<T>(found);
        }, cancellationToken);
    }

    public Task<IReadOnlyList<T>> FindAsync(
        DocumentFilter? filter = null,
        DocumentFindOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        var find = DocumentFindOptions.Validate(options, nameof(options));
        return Read(() =>
        {
            var predicate = LiteDbQueryBuilder.Predicate(filter, Expiry, database.Time);
            var documents = find.Sort.Count <= 1 ? FindInEngine(predicate, find) : FindSortedInMemory(predicate, find);
            return (IReadOnlyList<T>)documents.Select(database.Mapper.ToObject<T>).ToList();
        }, cancellationToken);
    }

    public Task<long> CountAsync(DocumentFilter? filter = null, CancellationToken cancellationToken = default) =>
        Read(() =>
        {
            var predicate = LiteDbQueryBuilder.Predicate(filter, Expiry, database.Time);
            return predicate is null ? collection.LongCount() : collection.LongCount(predicate);
        }, cancellationToken);

    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        DocumentIds.Validate(id, nameof(id));
        return Write(() => collection.Delete(new BsonValue(id)), cancellationToken);
    }

    public Task<long> DeleteManyAsync(DocumentFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return Write(() => (long)collection.DeleteMany(LiteDbQueryBuilder.Predicate(filter, null, database.Time)), cancellationToken);
    }

    public Task<long> IncrementAsync(string id, string field, long amount = 1, CancellationToken cancellationToken = default)
    {
        DocumentIds.Validate(id, nameof(id));
        var path = FieldPath.Parse(field, nameof(field));
        if (path.IsId)
        {
            throw new ArgumentException("The document id cannot be incremented.", nameof(field));
        }

        var counter = CounterField.Of<T>(path, amount, name);
        return Write(
            () =>
            {
                var document = collection.FindById(new BsonValue(id)) ?? new BsonDocument { ["_id"] = id };
                var current = LiteDbValues.At(document, path);
                if (!current.IsNull && !current.IsInt32 && !current.IsInt64)
                {
                    throw NotAnInteger(id, path);
                }

                var start = current.IsNull ? 0L : current.AsInt64;
                var next = start + amount;

                // Signed overflow flips the sign against the amount's; the range check catches the rest.
                if ((amount > 0 && next < start) || (amount < 0 && next > start) || !counter.Fits(next))
                {
                    throw counter.Overflow(id, name, amount);
                }

                // The member's own type, so the document reads back: an int member cannot take an Int64.
                var stored = counter.IsInt32 ? new BsonValue((int)next) : new BsonValue(next);
                if (!LiteDbValues.TrySet(document, path, stored))
                {
                    throw NotAnInteger(id, path);
                }

                collection.Upsert(document);
                return next;
            },
            cancellationToken);
    }

    public Task EnsureUniqueIndexAsync(IReadOnlyList<string> fields, CancellationToken cancellationToken = default)
    {
        var paths = UniqueIndexRegistry.ParseFields(fields, nameof(fields));
        var indexName = database.Indexes.Register(name, paths);

        // LiteDB indexes one expression: a compound key is an embedded document of the fields.
        var expression = paths.Count == 1
            ? LiteDbQueryBuilder.Path(paths[0])
            : "{" + string.Join(", ", paths.Select((p, i) => $"k{i}: {LiteDbQueryBuilder.Path(p)}")) + "}";
        return Write(() => collection.EnsureIndex(indexName, BsonExpression.Create(expression), unique: true), cancellationToken);
    }

    public Task EnsureExpiryAsync(string field, TimeSpan expireAfter, CancellationToken cancellationToken = default)
    {
        var rule = ExpiryRule.Create(field, expireAfter);
        return database.WriteAsync(
            () =>
            {
                collection.EnsureIndex(IndexNames.Expiry(rule.Field), BsonExpression.Create(LiteDbQueryBuilder.Path(rule.Field)), unique: false);
                database.SaveExpiry(name, rule);
                PurgeExpired();
                return true;
            },
            cancellationToken);
    }

    private ExpiryRule? Expiry => database.ExpiryFor(name);

    private List<BsonDocument> FindInEngine(BsonExpression? predicate, DocumentFindOptions find)
    {
        var query = collection.Query();
        if (predicate is not null)
        {
            query = query.Where(predicate);
        }

        if (find.Sort.Count == 1)
        {
            var key = find.Sort[0];
            query = query.OrderBy(
                BsonExpression.Create(LiteDbQueryBuilder.Path(key.Path)),
                key.Direction == SortDirection.Ascending ? Query.Ascending : Query.Descending);
        }

        var paged = query.Skip(find.Skip);
        return find.Limit is { } limit ? paged.Limit(limit).ToList() : paged.ToList();
    }

    /// <summary>LiteDB 5 orders by one expression only, so several sort keys are applied here.</summary>
    private List<BsonDocument> FindSortedInMemory(BsonExpression? predicate, DocumentFindOptions find)
    {
        var matches = predicate is null ? collection.FindAll() : collection.Find(predicate);
        var sorted = matches.Order(new LiteDbSortComparer(find.Sort)).Skip(find.Skip);
        return (find.Limit is { } limit ? sorted.Take(limit) : sorted).ToList();
    }

    private void PurgeExpired()
    {
        if (Expiry is { } rule)
        {
            collection.DeleteMany(LiteDbQueryBuilder.Expired(rule, database.Time));
        }
    }

    /// <summary>Every write first purges expired documents, so they hold no ids or unique values.</summary>
    private Task<TResult> Write<TResult>(Func<TResult> write, CancellationToken cancellationToken) =>
        database.WriteAsync(
            () =>
            {
                PurgeExpired();
                try
                {
                    return write();
                }
                catch (LiteException ex) when (ex.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
                {
                    throw database.Indexes.Duplicate(name, LiteDbValues.DuplicateIndexName(ex), ex);
                }
            },
            cancellationToken);

    private InvalidOperationException NotAnInteger(string id, FieldPath path) => new(
        $"Field '{path.Name}' of document '{id}' in collection '{name}' does not hold an integer, so it cannot be incremented.");

    private static Task<TResult> Read<TResult>(Func<TResult> read, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<TResult>(cancellationToken);
        }

        try
        {
            return Task.FromResult(read());
        }
        catch (LiteException ex)
        {
            return Task.FromException<TResult>(ex);
        }
    }
}
