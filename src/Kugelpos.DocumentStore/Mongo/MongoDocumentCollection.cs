using Kugelpos.DocumentStore.Indexing;
using Kugelpos.DocumentStore.Queries;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Kugelpos.DocumentStore.Mongo;

/// <summary>A MongoDB collection: typed for documents, untyped for counters, purges and indexes.</summary>
internal sealed class MongoDocumentCollection<T>(MongoDocumentDatabase database, string name) : IDocumentCollection<T>
    where T : class, IDocument
{
    private readonly IMongoCollection<T> _typed = database.Database.GetCollection<T>(name);
    /// <summary>How often a counter increment meets a document that changed under it before giving up.</summary>
    private const int MaxCounterAttempts = 5;

    private readonly IMongoCollection<BsonDocument> _raw = database.Database.GetCollection<BsonDocument>(name);

    public string Name => name;

    public async Task InsertAsync(T document, CancellationToken cancellationToken = default)
    {
        DocumentIds.Of(document, nameof(document));
        await PurgeExpiredAsync(cancellationToken);
        await GuardAsync(() => _typed.InsertOneAsync(document, options: null, cancellationToken));
    }

    public async Task UpsertAsync(T document, CancellationToken cancellationToken = default)
    {
        var id = DocumentIds.Of(document, nameof(document));
        await PurgeExpiredAsync(cancellationToken);
        await GuardAsync(() => _typed.ReplaceOneAsync(ById(id), document, new ReplaceOptions { IsUpsert = true }, cancellationToken));
    }

    public async Task<bool> ReplaceIfAsync(T document, DocumentFilter condition, CancellationToken cancellationToken = default)
    {
        var id = DocumentIds.Of(document, nameof(document));
        ArgumentNullException.ThrowIfNull(condition);
        await PurgeExpiredAsync(cancellationToken);

        // The server matches and replaces in one step: a concurrent writer's change makes the filter miss.
        var stillMatches = await QueryAsync(DocumentFilter.And(DocumentFilter.Eq("id", id), condition), cancellationToken);
        var result = await GuardAsync(() => _typed.ReplaceOneAsync(stillMatches, document, new ReplaceOptions { IsUpsert = false }, cancellationToken));
        return result.MatchedCount > 0;
    }

    public async Task<T?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        DocumentIds.Validate(id, nameof(id));
        var query = await QueryAsync(DocumentFilter.Eq("id", id), cancellationToken);
        return await _typed.Find(query).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<T>> FindAsync(
        DocumentFilter? filter = null,
        DocumentFindOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        var find = DocumentFindOptions.Validate(options, nameof(options));
        var query = await QueryAsync(filter, cancellationToken);
        var cursor = _typed.Find(query).Skip(find.Skip);
        if (find.Sort.Count > 0)
        {
            cursor = cursor.Sort(MongoFilterTranslator.Sort(find.Sort));
        }

        if (find.Limit is { } limit)
        {
            cursor = cursor.Limit(limit);
        }

        return await cursor.ToListAsync(cancellationToken);
    }

    public async Task<long> CountAsync(DocumentFilter? filter = null, CancellationToken cancellationToken = default)
    {
        var query = await QueryAsync(filter, cancellationToken);
        return await _raw.CountDocumentsAsync(query, cancellationToken: cancellationToken);
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        DocumentIds.Validate(id, nameof(id));
        await PurgeExpiredAsync(cancellationToken);
        var result = await _raw.DeleteOneAsync(ById(id), cancellationToken);
        return result.DeletedCount > 0;
    }

    public async Task<long> DeleteManyAsync(DocumentFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await PurgeExpiredAsync(cancellationToken);
        var result = await _raw.DeleteManyAsync(MongoFilterTranslator.Translate(filter), cancellationToken);
        return result.DeletedCount;
    }

    public async Task<long> IncrementAsync(string id, string field, long amount = 1, CancellationToken cancellationToken = default)
    {
        DocumentIds.Validate(id, nameof(id));
        var path = FieldPath.Parse(field, nameof(field));
        if (path.IsId)
        {
            throw new ArgumentException("The document id cannot be incremented.", nameof(field));
        }

        var counter = CounterField.Of<T>(path, amount, name);
        await PurgeExpiredAsync(cancellationToken);

        // The member's own type, so the document reads back: $inc keeps an Int32 an Int32 when the
        // amount is one, and would turn it into an Int64 on overflow, which the filter rules out.
        BsonValue increment = counter.IsInt32 ? new BsonInt32((int)amount) : new BsonInt64(amount);
        var update = new BsonDocument("$inc", new BsonDocument(path.StoragePath, increment));
        var options = new FindOneAndUpdateOptions<BsonDocument>
        {
            IsUpsert = true,
            ReturnDocument = ReturnDocument.After,
            Projection = new BsonDocument(path.StoragePath, 1),
        };
        try
        {
            return Integer(await UpsertCounterAsync(id, counter, amount, update, options, cancellationToken), id, path);
        }
        catch (MongoException ex) when (MongoErrors.IsNotIncrementable(ex))
        {
            throw NotAnInteger(id, path, ex);
        }
    }

    public async Task EnsureUniqueIndexAsync(IReadOnlyList<string> fields, CancellationToken cancellationToken = default)
    {
        var paths = UniqueIndexRegistry.ParseFields(fields, nameof(fields));
        var indexName = database.Indexes.Register(name, paths);
        var keys = new BsonDocument(paths.Select(p => new BsonElement(p.StoragePath, 1)));
        var model = new CreateIndexModel<BsonDocument>(keys, new CreateIndexOptions { Name = indexName, Unique = true });
        await GuardAsync(() => _raw.Indexes.CreateOneAsync(model, cancellationToken: cancellationToken));
    }

    public async Task EnsureExpiryAsync(string field, TimeSpan expireAfter, CancellationToken cancellationToken = default)
    {
        var rule = ExpiryRule.Create(field, expireAfter);
        var model = new CreateIndexModel<BsonDocument>(
            new BsonDocument(rule.Field.StoragePath, 1),
            new CreateIndexOptions { Name = IndexNames.Expiry(rule.Field), ExpireAfter = rule.ExpireAfter });
        await _raw.Indexes.CreateOneAsync(model, cancellationToken: cancellationToken);
        database.SetExpiry(name, rule);
        await PurgeExpiredAsync(cancellationToken);
    }

    private static BsonDocument ById(string id) => new("_id", id);

    private async Task<BsonDocument> QueryAsync(DocumentFilter? filter, CancellationToken cancellationToken) =>
        MongoFilterTranslator.Query(filter, await database.ExpiryForAsync(name, cancellationToken), database.Time);

    /// <summary>
    /// The increment, applied only where the field is missing or an integer the amount keeps in
    /// range. Where it is not, the upsert collides with the existing document on _id; so may a
    /// concurrent first increment of a new counter (the server retries those itself since 4.2),
    /// after which the next attempt matches.
    /// </summary>
    private Task<BsonDocument> UpsertCounterAsync(
        string id,
        CounterField counter,
        long amount,
        BsonDocument update,
        FindOneAndUpdateOptions<BsonDocument> options,
        CancellationToken cancellationToken) => GuardAsync(async () =>
        {
            var (low, high) = amount >= 0 ? (counter.Min, counter.Max - amount) : (counter.Min - amount, counter.Max);
            var field = counter.Path.StoragePath;
            var filter = new BsonDocument
            {
                ["_id"] = id,
                ["$or"] = new BsonArray
                {
                    new BsonDocument(field, new BsonDocument("$exists", false)),
                    new BsonDocument(field, new BsonDocument
                    {
                        ["$type"] = new BsonArray { "int", "long" },
                        ["$gte"] = low,
                        ["$lte"] = high,
                    }),
                },
            };
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    return await _raw.FindOneAndUpdateAsync(filter, update, options, cancellationToken);
                }
                catch (MongoException ex) when (MongoErrors.IsDuplicateKey(ex, out var index) && index == IndexNames.IdIndex && attempt < MaxCounterAttempts)
                {
                    var current = await _raw.Find(ById(id)).Project(options.Projection).FirstOrDefaultAsync(cancellationToken);
                    var value = current is null ? BsonNull.Value : MongoValues.At(current, counter.Path);
                    if (value is BsonInt32 or BsonInt64)
                    {
                        var start = value.ToInt64();
                        if (start < low || start > high)
                        {
                            throw counter.Overflow(id, name, amount);
                        }
                    }
                    else if (current is not null)
                    {
                        // Null, a string, a double...: not an integer counter.
                        throw NotAnInteger(id, counter.Path, ex);
                    }

                    // Otherwise a concurrent first increment created the document: try again.
                }
            }
        });

    private long Integer(BsonDocument document, string id, FieldPath path) =>
        MongoValues.At(document, path) switch
        {
            BsonInt32 i => i.Value,
            BsonInt64 l => l.Value,
            _ => throw NotAnInteger(id, path, null),
        };

    private InvalidOperationException NotAnInteger(string id, FieldPath path, Exception? cause) => new(
        $"Field '{path.Name}' of document '{id}' in collection '{name}' does not hold an integer, so it cannot be incremented.",
        cause);

    /// <summary>Every write first purges expired documents, so they hold no ids or unique values.</summary>
    private async Task PurgeExpiredAsync(CancellationToken cancellationToken)
    {
        if (await database.ExpiryForAsync(name, cancellationToken) is { } rule)
        {
            await _raw.DeleteManyAsync(MongoFilterTranslator.Expired(rule, database.Time), cancellationToken);
        }
    }

    private async Task GuardAsync(Func<Task> write) => await GuardAsync(async () =>
    {
        await write();
        return true;
    });

    private async Task<TResult> GuardAsync<TResult>(Func<Task<TResult>> write)
    {
        try
        {
            return await write();
        }
        catch (MongoException ex) when (MongoErrors.IsDuplicateKey(ex, out var index))
        {
            throw database.Indexes.Duplicate(name, index, ex);
        }
    }
}
