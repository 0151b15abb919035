using Kugelpos.DocumentStore.Configuration;
using Microsoft.Extensions.Time.Testing;

namespace Kugelpos.DocumentStore.Tests.Support;

/// <summary>A store on one backend with fake time; every database it hands out is removed afterwards.</summary>
public sealed class StoreHarness : IAsyncDisposable
{
    public const string Prefix = "db_test";

    /// <summary>
    /// Fake time starts in the future: MongoDB's own TTL monitor runs on the real clock and
    /// would otherwise remove test documents behind the tests' back.
    /// </summary>
    public static readonly DateTimeOffset Start = new(2100, 1, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly TempFolder? _folder;
    private readonly HashSet<(string Prefix, string Tenant)> _databases = [];

    private StoreHarness(string backend)
    {
        Backend = backend;
        Time = new FakeTimeProvider(Start);
        var options = new DocumentStoreOptions();
        if (backend == Backends.MongoDb)
        {
            options.ConnectionString = Backends.MongoUrl
                ?? throw new InvalidOperationException($"{Backends.MongoUrlVariable} is not set.");
        }
        else
        {
            _folder = new TempFolder();
            options.DataPath = _folder.Path;
        }

        Store = DocumentStoreFactory.Create(options, Time);
    }

    public string Backend { get; }

    public FakeTimeProvider Time { get; }

    public IDocumentStore Store { get; }

    public static StoreHarness Create(string backend) => new(backend);

    /// <summary>A tenant id no other test uses (MongoDB servers are shared between runs).</summary>
    public static string NewTenant() => "T" + Guid.NewGuid().ToString("N")[..10];

    public IDocumentDatabase Database(string? tenant = null, string prefix = Prefix)
    {
        var database = Store.GetDatabase(prefix, tenant ?? NewTenant());
        _databases.Add((prefix, database.TenantId));
        return database;
    }

    public IDocumentCollection<Item> Items(string? tenant = null) => Database(tenant).GetCollection<Item>("items");

    public async ValueTask DisposeAsync()
    {
        if (Backend == Backends.MongoDb)
        {
            foreach (var (prefix, tenant) in _databases)
            {
                await Store.DropDatabaseAsync(prefix, tenant);
            }
        }

        Store.Dispose();
        _folder?.Dispose();
    }
}
