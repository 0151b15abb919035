using System.Globalization;
using StackExchange.Redis;

namespace Kugelpos.Sidecar.State;

/// <summary>
/// state.redis with daprd's layout: each key a hash of <c>data</c> and <c>version</c> in the
/// database <c>redisDB</c>, TTL as the Redis expiry, the component's <c>ttlInSeconds</c> as the
/// default TTL of every write.
/// </summary>
public sealed class RedisStateStore : IStateStore
{
    private readonly IDatabase _database;
    private readonly int? _defaultTtlSeconds;
    private readonly TimeProvider _time;

    /// <summary>Creates the store over an open connection.</summary>
    public RedisStateStore(string name, IConnectionMultiplexer connection, int database, int? defaultTtlSeconds, TimeProvider time)
    {
        Name = name;
        _database = connection.GetDatabase(database);
        _defaultTtlSeconds = defaultTtlSeconds is > 0 ? defaultTtlSeconds : null;
        _time = time;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public async Task<StateItem?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        var result = await _database.ScriptEvaluateAsync(RedisScripts.Get, [key]);
        if (result.IsNull || result.Resp2Type != ResultType.Array)
        {
            return null;
        }

        var parts = (RedisResult[])result!;
        if (parts[0].IsNull)
        {
            return null;
        }

        var pttl = (long)parts[2];
        DateTimeOffset? expiresAt = pttl > 0 ? _time.GetUtcNow().AddMilliseconds(pttl) : null;
        return new StateItem(key, (byte[])parts[0]!, parts[1].IsNull ? string.Empty : (string)parts[1]!, expiresAt);
    }

    /// <inheritdoc />
    public async Task<string> SetAsync(StateUpsert upsert, CancellationToken cancellationToken = default)
    {
        var versions = await ApplyAsync([upsert]);
        return versions[0].ToString(CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public Task DeleteAsync(StateDelete deletion, CancellationToken cancellationToken = default) => ApplyAsync([deletion]);

    /// <inheritdoc />
    public Task ExecuteTransactionAsync(IReadOnlyList<StateOperation> operations, CancellationToken cancellationToken = default) =>
        operations.Count == 0 ? Task.CompletedTask : ApplyAsync(operations);

    /// <inheritdoc />
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task<long[]> ApplyAsync(IReadOnlyList<StateOperation> operations)
    {
        var keys = new RedisKey[operations.Count];
        var args = new RedisValue[operations.Count * RedisScripts.ArgsPerOperation];
        for (var i = 0; i < operations.Count; i++)
        {
            var op = operations[i];
            if (op.ETag is { Length: > 0 } etag && !long.TryParse(etag, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                throw new StateETagException(op.Key, isMismatch: false);
            }

            keys[i] = op.Key;
            var b = i * RedisScripts.ArgsPerOperation;
            args[b] = op is StateDelete ? "d" : "s";
            args[b + 1] = op.ETag ?? string.Empty;
            if (op is StateUpsert upsert)
            {
                args[b + 2] = upsert.Value;
                var ttl = upsert.TtlSeconds ?? _defaultTtlSeconds;
                args[b + 3] = ttl is null ? string.Empty : ttl.Value.ToString(CultureInfo.InvariantCulture);
                args[b + 4] = upsert.FirstWrite ? "1" : "0";
            }
            else
            {
                args[b + 2] = string.Empty;
                args[b + 3] = string.Empty;
                args[b + 4] = "0";
            }
        }

        var result = (RedisResult[])(await _database.ScriptEvaluateAsync(RedisScripts.Apply, keys, args))!;
        if (result.Length == 2 && (long)result[0] == -1)
        {
            throw new StateETagException(operations[(int)(long)result[1] - 1].Key, isMismatch: true);
        }

        return [.. result.Select(r => (long)r)];
    }
}
