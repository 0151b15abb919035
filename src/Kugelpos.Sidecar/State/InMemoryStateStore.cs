using System.Globalization;

namespace Kugelpos.Sidecar.State;

/// <summary>
/// state.in-memory: the same rules as the durable stores, gone with the process. One lock
/// per store keeps transactions atomic; it is a development store, not a hot path.
/// </summary>
public sealed class InMemoryStateStore(string name, int? defaultTtlSeconds, TimeProvider time) : IStateStore
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly int? _defaultTtlSeconds = defaultTtlSeconds is > 0 ? defaultTtlSeconds : null;

    /// <inheritdoc />
    public string Name { get; } = name;

    /// <inheritdoc />
    public Task<StateItem?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var entry = Live(key);
            return Task.FromResult(entry is null
                ? null
                : new StateItem(key, entry.Value, entry.Version.ToString(CultureInfo.InvariantCulture), entry.ExpiresAt));
        }
    }

    /// <inheritdoc />
    public async Task<string> SetAsync(StateUpsert upsert, CancellationToken cancellationToken = default)
    {
        await ExecuteTransactionAsync([upsert], cancellationToken);
        lock (_gate)
        {
            return _entries[upsert.Key].Version.ToString(CultureInfo.InvariantCulture);
        }
    }

    /// <inheritdoc />
    public Task DeleteAsync(StateDelete deletion, CancellationToken cancellationToken = default) =>
        ExecuteTransactionAsync([deletion], cancellationToken);

    /// <inheritdoc />
    public Task ExecuteTransactionAsync(IReadOnlyList<StateOperation> operations, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            foreach (var op in operations)
            {
                ETagRule.Check(op, Live(op.Key)?.Version);
            }

            var now = time.GetUtcNow();
            foreach (var op in operations)
            {
                if (op is StateUpsert upsert)
                {
                    var previous = Live(op.Key);
                    _entries[op.Key] = new Entry(
                        upsert.Value.ToArray(),
                        (previous?.Version ?? 0) + 1,
                        ETagRule.ExpiryOf(upsert, _defaultTtlSeconds, now, previous?.ExpiresAt));
                }
                else
                {
                    _entries.Remove(op.Key);
                }
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private Entry? Live(string key)
    {
        if (!_entries.TryGetValue(key, out var entry))
        {
            return null;
        }

        if (entry.ExpiresAt is { } expires && expires <= time.GetUtcNow())
        {
            _entries.Remove(key);
            return null;
        }

        return entry;
    }

    private sealed record Entry(byte[] Value, long Version, DateTimeOffset? ExpiresAt);
}
