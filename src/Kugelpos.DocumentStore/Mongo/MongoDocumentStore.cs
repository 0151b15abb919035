using System.Collections.Concurrent;
using Kugelpos.DocumentStore.Configuration;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Kugelpos.DocumentStore.Mongo;

/// <summary>MongoDB store: one client for the process, one database per (prefix, tenant).</summary>
internal sealed class MongoDocumentStore : IDocumentStore
{
    private readonly MongoClient _client;
    private readonly TimeProvider _time;
    private readonly TimeSpan _serverSelectionTimeout;
    private readonly ConcurrentDictionary<string, MongoDocumentDatabase> _databases = new(StringComparer.Ordinal);

    public MongoDocumentStore(string connectionString, TimeSpan serverSelectionTimeout, TimeProvider time)
    {
        MongoSerialization.EnsureConfigured();
        var url = MongoUrl.Create(connectionString);
        var settings = MongoClientSettings.FromUrl(url);
        settings.ServerSelectionTimeout = serverSelectionTimeout;
        settings.ConnectTimeout = serverSelectionTimeout;
        _client = new MongoClient(settings);
        _time = time;
        _serverSelectionTimeout = serverSelectionTimeout;
        Location = (url.Scheme == MongoDB.Driver.Core.Configuration.ConnectionStringScheme.MongoDBPlusSrv ? "mongodb+srv://" : "mongodb://")
            + string.Join(',', url.Servers.Select(s => s.ToString()));
    }

    public DocumentStoreBackend Backend => DocumentStoreBackend.MongoDb;

    public string Location { get; }

    public IDocumentDatabase GetDatabase(string prefix, string tenantId)
    {
        var name = DocumentNames.DatabaseName(prefix, tenantId);
        return _databases.GetOrAdd(name, n => new MongoDocumentDatabase(_client.GetDatabase(n), tenantId, _time));
    }

    public async Task DropDatabaseAsync(string prefix, string tenantId, CancellationToken cancellationToken = default)
    {
        var name = DocumentNames.DatabaseName(prefix, tenantId);
        await _client.DropDatabaseAsync(name, cancellationToken);
        _databases.TryRemove(name, out _);
    }

    public async Task VerifyAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await _client.GetDatabase("admin").RunCommandAsync<BsonDocument>(new BsonDocument("ping", 1), cancellationToken: cancellationToken);
        }
        catch (Exception ex) when (ex is TimeoutException or MongoException)
        {
            // The connection string is not repeated: it may hold credentials.
            throw new DocumentStoreConfigurationException(
                DocumentStoreOptions.ConnectionStringKey,
                $"MongoDB at {Location} did not answer within {_serverSelectionTimeout.TotalSeconds:0.###} s ({ex.GetType().Name}); check {DocumentStoreOptions.ConnectionStringKey}.",
                ex);
        }
    }

    public void Dispose() => _client.Dispose();
}
