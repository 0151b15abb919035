using System.Collections.Concurrent;
using Kugelpos.DocumentStore.Indexing;
using Kugelpos.DocumentStore.Queries;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Kugelpos.DocumentStore.Mongo;

/// <summary>One MongoDB database, with the index knowledge its collections share.</summary>
internal sealed class MongoDocumentDatabase(IMongoDatabase database, string tenantId, TimeProvider time) : IDocumentDatabase
{
    private readonly ConcurrentDictionary<string, ExpiryRule?> _expiry = new(StringComparer.Ordinal);

    public string Name => database.DatabaseNamespace.DatabaseName;

    public string TenantId => tenantId;

    internal IMongoDatabase Database => database;

    internal TimeProvider Time => time;

    internal UniqueIndexRegistry Indexes { get; } = new();

    public IDocumentCollection<T> GetCollection<T>(string name)
        where T : class, IDocument
    {
        DocumentNames.ValidateCollectionName(name);
        return new MongoDocumentCollection<T>(this, name);
    }

    /// <summary>
    /// The expiry rule of a collection, read once from its TTL index, so a process that did not
    /// call EnsureExpiryAsync itself still hides expired documents.
    /// </summary>
    internal async Task<ExpiryRule?> ExpiryForAsync(string collection, CancellationToken cancellationToken)
    {
        if (_expiry.TryGetValue(collection, out var known))
        {
            return known;
        }

        var indexes = await database.GetCollection<BsonDocument>(collection).Indexes.ListAsync(cancellationToken);
        ExpiryRule? loaded = null;
        foreach (var index in await indexes.ToListAsync(cancellationToken))
        {
            if (index.TryGetValue("expireAfterSeconds", out var seconds)
                && index.TryGetValue("key", out var key)
                && key is BsonDocument { ElementCount: 1 } keys
                && FieldPath.TryParse(keys.GetElement(0).Name, out var field))
            {
                loaded = new ExpiryRule(field, TimeSpan.FromSeconds(seconds.ToDouble()));
            }
        }

        return _expiry.GetOrAdd(collection, loaded);
    }

    internal void SetExpiry(string collection, ExpiryRule rule) => _expiry[collection] = rule;
}
