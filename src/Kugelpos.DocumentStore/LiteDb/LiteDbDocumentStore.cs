using System.Collections.Concurrent;
using Kugelpos.DocumentStore.Configuration;
using LiteDB;

namespace Kugelpos.DocumentStore.LiteDb;

/// <summary>
/// Embedded store: one LiteDB file per database, opened once and shared by every caller
/// (LiteDB's direct mode locks the file, so one process owns it).
/// </summary>
internal sealed class LiteDbDocumentStore(string dataPath, TimeProvider time) : IDocumentStore
{
    private readonly ConcurrentDictionary<string, Lazy<LiteDbDocumentDatabase>> _databases = new(StringComparer.Ordinal);
    private readonly BsonMapper _mapper = LiteDbMapper.Create();
    private volatile bool _disposed;

    public DocumentStoreBackend Backend => DocumentStoreBackend.LiteDb;

    public string Location => dataPath;

    public IDocumentDatabase GetDatabase(string prefix, string tenantId)
    {
        var name = DocumentNames.DatabaseName(prefix, tenantId);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var lazy = _databases.GetOrAdd(name, n => new Lazy<LiteDbDocumentDatabase>(() => Open(n, tenantId)));
        try
        {
            return lazy.Value;
        }
        catch
        {
            // A failed open (e.g. the folder was not writable) must not be remembered forever.
            _databases.TryRemove(KeyValuePair.Create(name, lazy));
            throw;
        }
    }

    public Task DropDatabaseAsync(string prefix, string tenantId, CancellationToken cancellationToken = default)
    {
        var name = DocumentNames.DatabaseName(prefix, tenantId);
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            if (_databases.TryRemove(name, out var lazy) && lazy.IsValueCreated)
            {
                lazy.Value.Dispose();
            }

            File.Delete(FilePath(name));
            File.Delete(Path.Combine(dataPath, name + "-log.db"));
            return Task.CompletedTask;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Task.FromException(ex);
        }
    }

    public Task VerifyAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            EnsureFolder();
            var probe = Path.Combine(dataPath, $".write-check-{Guid.NewGuid():N}");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
            return Task.CompletedTask;
        }
        catch (DocumentStoreConfigurationException ex)
        {
            return Task.FromException(ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Task.FromException(Unusable(ex));
        }
    }

    public void Dispose()
    {
        _disposed = true;
        foreach (var lazy in _databases.Values.Where(l => l.IsValueCreated))
        {
            lazy.Value.Dispose();
        }

        _databases.Clear();
    }

    private LiteDbDocumentDatabase Open(string name, string tenantId)
    {
        EnsureFolder();
        return new LiteDbDocumentDatabase(name, tenantId, FilePath(name), _mapper, time);
    }

    private string FilePath(string name) => Path.Combine(dataPath, name + ".db");

    private void EnsureFolder()
    {
        try
        {
            Directory.CreateDirectory(dataPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw Unusable(ex);
        }
    }

    private DocumentStoreConfigurationException Unusable(Exception cause) => new(
        DocumentStoreOptions.DataPathKey,
        $"{DocumentStoreOptions.DataPathKey} '{dataPath}' cannot be created or written: {cause.Message}",
        cause);
}
