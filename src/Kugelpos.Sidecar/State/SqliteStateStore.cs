using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Kugelpos.Sidecar.State;

/// <summary>
/// state.sqlite: durable state on one machine with no server, for the embedded default.
/// One table of key, value, version and expiry; one connection behind a gate, because SQLite
/// allows one writer anyway and the gate makes every transaction atomic without busy retries.
/// Expired rows are invisible at once and purged every <c>cleanupInterval</c>.
/// </summary>
public sealed class SqliteStateStore : IStateStore
{
    private readonly SqliteConnection _connection;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly string _table;
    private readonly int? _defaultTtlSeconds;
    private readonly TimeProvider _time;
    private readonly ITimer _cleanup;

    private SqliteStateStore(string name, SqliteConnection connection, string table, int? defaultTtlSeconds, TimeSpan cleanupInterval, TimeProvider time)
    {
        Name = name;
        _connection = connection;
        _table = table;
        _defaultTtlSeconds = defaultTtlSeconds is > 0 ? defaultTtlSeconds : null;
        _time = time;
        _cleanup = time.CreateTimer(_ => _ = PurgeExpiredAsync(), null, cleanupInterval, cleanupInterval);
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>Opens (creating if needed) the database at <paramref name="connectionString"/>.</summary>
    /// <param name="name">The component name.</param>
    /// <param name="connectionString">daprd's form: a file path, a <c>file:</c> URI, or an ADO.NET connection string.</param>
    /// <param name="table">The table name (<c>tableName</c> metadata).</param>
    /// <param name="defaultTtlSeconds">The component's default TTL.</param>
    /// <param name="cleanupInterval">How often expired rows are deleted.</param>
    /// <param name="time">The clock expiry is measured on.</param>
    public static async Task<SqliteStateStore> OpenAsync(string name, string connectionString, string table, int? defaultTtlSeconds, TimeSpan cleanupInterval, TimeProvider time)
    {
        if (!System.Text.RegularExpressions.Regex.IsMatch(table, "^[A-Za-z_][A-Za-z0-9_]{0,63}$"))
        {
            throw new ArgumentException($"tableName '{table}' must be letters, digits and underscores", nameof(table));
        }

        var builder = ToBuilder(connectionString);
        if (builder.DataSource is { Length: > 0 } path && path != ":memory:" && Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        var connection = new SqliteConnection(builder.ToString());
        await connection.OpenAsync();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = $"""
                PRAGMA journal_mode=WAL;
                PRAGMA synchronous=NORMAL;
                CREATE TABLE IF NOT EXISTS {table} (key TEXT PRIMARY KEY NOT NULL, value BLOB NOT NULL, version INTEGER NOT NULL, expires_at INTEGER NULL);
                CREATE INDEX IF NOT EXISTS {table}_expires ON {table} (expires_at) WHERE expires_at IS NOT NULL;
                """;
            await command.ExecuteNonQueryAsync();
        }

        return new SqliteStateStore(name, connection, table, defaultTtlSeconds, cleanupInterval, time);
    }

    /// <inheritdoc />
    public async Task<StateItem?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var row = await ReadAsync(key, cancellationToken);
            return row is null ? null : new StateItem(key, row.Value.Value, row.Value.Version.ToString(CultureInfo.InvariantCulture), row.Value.ExpiresAt);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public async Task<string> SetAsync(StateUpsert upsert, CancellationToken cancellationToken = default)
    {
        var versions = await ApplyAsync([upsert], cancellationToken);
        return versions[0].ToString(CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public Task DeleteAsync(StateDelete deletion, CancellationToken cancellationToken = default) => ApplyAsync([deletion], cancellationToken);

    /// <inheritdoc />
    public Task ExecuteTransactionAsync(IReadOnlyList<StateOperation> operations, CancellationToken cancellationToken = default) =>
        ApplyAsync(operations, cancellationToken);

    /// <summary>Deletes rows whose expiry has passed; reads already ignore them.</summary>
    public async Task PurgeExpiredAsync()
    {
        await _gate.WaitAsync();
        try
        {
            await using var command = _connection.CreateCommand();
            command.CommandText = $"DELETE FROM {_table} WHERE expires_at IS NOT NULL AND expires_at <= $now";
            command.Parameters.AddWithValue("$now", _time.GetUtcNow().ToUnixTimeMilliseconds());
            await command.ExecuteNonQueryAsync();
        }
        catch (ObjectDisposedException)
        {
            // The store closed while the timer fired; nothing left to purge.
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _cleanup.DisposeAsync();
        await _gate.WaitAsync();
        try
        {
            await _connection.DisposeAsync();
        }
        finally
        {
            _gate.Release();
        }
    }

    private static SqliteConnectionStringBuilder ToBuilder(string connectionString)
    {
        if (connectionString.Contains('=', StringComparison.Ordinal) && !connectionString.StartsWith("file:", StringComparison.Ordinal))
        {
            return new SqliteConnectionStringBuilder(connectionString);
        }

        var path = connectionString.StartsWith("file:", StringComparison.Ordinal) ? connectionString[5..] : connectionString;
        var query = path.IndexOf('?', StringComparison.Ordinal);
        return new SqliteConnectionStringBuilder { DataSource = query >= 0 ? path[..query] : path, Pooling = false };
    }

    private async Task<long[]> ApplyAsync(IReadOnlyList<StateOperation> operations, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var transaction = (SqliteTransaction)await _connection.BeginTransactionAsync(cancellationToken);
            var versions = new long[operations.Count];
            var now = _time.GetUtcNow();
            for (var i = 0; i < operations.Count; i++)
            {
                var op = operations[i];
                var current = await ReadAsync(op.Key, cancellationToken);
                ETagRule.Check(op, current?.Version);
                await using var command = _connection.CreateCommand();
                command.Transaction = transaction;
                command.Parameters.AddWithValue("$key", op.Key);
                if (op is StateUpsert upsert)
                {
                    versions[i] = (current?.Version ?? 0) + 1;
                    var expiry = ETagRule.ExpiryOf(upsert, _defaultTtlSeconds, now, current?.ExpiresAt);
                    command.CommandText = $"INSERT INTO {_table} (key, value, version, expires_at) VALUES ($key, $value, $version, $expires) ON CONFLICT(key) DO UPDATE SET value = excluded.value, version = excluded.version, expires_at = excluded.expires_at";
                    command.Parameters.AddWithValue("$value", upsert.Value.ToArray());
                    command.Parameters.AddWithValue("$version", versions[i]);
                    command.Parameters.AddWithValue("$expires", expiry is { } e ? e.ToUnixTimeMilliseconds() : DBNull.Value);
                }
                else
                {
                    command.CommandText = $"DELETE FROM {_table} WHERE key = $key";
                }

                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            return versions;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<(byte[] Value, long Version, DateTimeOffset? ExpiresAt)?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT value, version, expires_at FROM {_table} WHERE key = $key AND (expires_at IS NULL OR expires_at > $now)";
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$now", _time.GetUtcNow().ToUnixTimeMilliseconds());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var expires = reader.IsDBNull(2) ? (DateTimeOffset?)null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2));
        return ((byte[])reader[0], reader.GetInt64(1), expires);
    }
}
