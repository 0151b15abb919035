using System.Collections.Concurrent;
using System.Globalization;
using Kugelpos.DocumentStore.Indexing;
using Kugelpos.DocumentStore.Queries;
using LiteDB;

namespace Kugelpos.DocumentStore.LiteDb;

/// <summary>
/// One LiteDB file. Reads run directly (LiteDB is thread-safe); writes pass its
/// <see cref="LiteDbWriteQueue"/>, one writer at a time with group commit, in the only process that
/// can open the file.
/// </summary>
internal sealed class LiteDbDocumentDatabase : IDocumentDatabase, IDisposable
{
    /// <summary>Expiry rules live in the file itself, so they survive restarts as MongoDB's TTL indexes do.</summary>
    private const string ExpiryCollection = "_expiry";

    private readonly LiteDatabase _database;
    private readonly LiteDbWriteQueue _writes;
    private readonly ConcurrentDictionary<string, ExpiryRule> _expiry = new(StringComparer.Ordinal);

    public LiteDbDocumentDatabase(string name, string tenantId, string filePath, BsonMapper mapper, TimeProvider time)
    {
        Name = name;
        TenantId = tenantId;
        Mapper = mapper;
        Time = time;
        var connection = new ConnectionString
        {
            Filename = filePath,
            Connection = ConnectionType.Direct,
            // LiteDB compares strings case-insensitively by default; MongoDB compares them binary.
            Collation = new Collation(CultureInfo.InvariantCulture.LCID, CompareOptions.Ordinal),
        };
        _database = new LiteDatabase(connection, mapper);
        _writes = new LiteDbWriteQueue(_database);
        LoadExpiryRules();
    }

    public string Name { get; }

    public string TenantId { get; }

    internal BsonMapper Mapper { get; }

    internal TimeProvider Time { get; }

    internal UniqueIndexRegistry Indexes { get; } = new();

    public IDocumentCollection<T> GetCollection<T>(string name)
        where T : class, IDocument
    {
        DocumentNames.ValidateCollectionName(name);
        return new LiteDbDocumentCollection<T>(this, name, _database.GetCollection(name));
    }

    internal ExpiryRule? ExpiryFor(string collection) => _expiry.GetValueOrDefault(collection);

    /// <summary>Records an expiry rule; call inside <see cref="WriteAsync{TResult}"/>.</summary>
    internal void SaveExpiry(string collection, ExpiryRule rule)
    {
        _database.GetCollection(ExpiryCollection).Upsert(new BsonDocument
        {
            ["_id"] = collection,
            ["field"] = rule.Field.Name,
            ["seconds"] = (long)rule.ExpireAfter.TotalSeconds,
        });
        _expiry[collection] = rule;
    }

    internal Task<TResult> WriteAsync<TResult>(Func<TResult> write, CancellationToken cancellationToken) =>
        _writes.WriteAsync(write, cancellationToken);

    public void Dispose()
    {
        _database.Dispose();
        _writes.Dispose();
    }

    private void LoadExpiryRules()
    {
        foreach (var rule in _database.GetCollection(ExpiryCollection).FindAll())
        {
            var field = FieldPath.Parse(rule["field"].AsString, nameof(rule));
            _expiry[rule["_id"].AsString] = new ExpiryRule(field, TimeSpan.FromSeconds(rule["seconds"].AsInt64));
        }
    }
}
