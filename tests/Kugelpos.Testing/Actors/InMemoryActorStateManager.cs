using System.Text.Json;
using Dapr.Actors.Runtime;

namespace Kugelpos.Testing.Actors;

/// <summary>
/// An <see cref="IActorStateManager"/> over an <see cref="InMemoryActorStateStore"/>, for actors
/// built with <c>ActorHost.CreateForTest</c>. It mirrors the SDK's own ActorStateManager
/// (Dapr.Actors 1.19) rule for rule: reads are cached, changes stay pending in this instance
/// until <see cref="SaveStateAsync"/> commits them to the store in one go, and
/// <see cref="ClearCacheAsync"/> drops whatever was not saved (as the runtime does when a call
/// fails).
/// </summary>
/// <remarks>
/// The one difference: TTLs are measured on the store's <see cref="TimeProvider"/> rather than
/// the wall clock, so a test can expire state by advancing fake time.
/// </remarks>
public sealed class InMemoryActorStateManager : IActorStateManager
{
    private readonly Dictionary<string, TrackedActorState> _tracker = [];
    private readonly InMemoryActorStateStore _store;
    private readonly string _actorType;
    private readonly string _actorId;

    internal InMemoryActorStateManager(InMemoryActorStateStore store, string actorType, string actorId)
    {
        _store = store;
        _actorType = actorType;
        _actorId = actorId;
    }

    private DateTimeOffset Now => _store.Time.GetUtcNow();

    /// <inheritdoc />
    public Task UnloadStateAsync(string stateName, UnloadStateOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stateName);
        if (!_tracker.TryGetValue(stateName, out var tracked))
        {
            return Task.CompletedTask;
        }

        if (tracked.ChangeKind != StateChangeKind.None && options?.AllowUnloadingWhenStateModified != true)
        {
            throw new InvalidOperationException(
                $"Cannot unload state '{stateName}' because it has been modified and not yet persisted. Set AllowUnloadingWhenStateModified to true to override.");
        }

        _tracker.Remove(stateName);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task AddStateAsync<T>(string stateName, T value, CancellationToken cancellationToken = default)
    {
        if (!await TryAddStateAsync(stateName, value, cancellationToken))
        {
            throw new InvalidOperationException($"An actor state with name {stateName} already exist.");
        }
    }

    /// <inheritdoc />
    public async Task AddStateAsync<T>(string stateName, T value, TimeSpan ttl, CancellationToken cancellationToken = default)
    {
        if (!await TryAddStateAsync(stateName, value, ttl, cancellationToken))
        {
            throw new InvalidOperationException($"An actor state with name {stateName} already exist.");
        }
    }

    /// <inheritdoc />
    public Task<bool> TryAddStateAsync<T>(string stateName, T value, CancellationToken cancellationToken = default) =>
        Task.FromResult(TryAdd(stateName, value, expiresAt: null));

    /// <inheritdoc />
    public Task<bool> TryAddStateAsync<T>(string stateName, T value, TimeSpan ttl, CancellationToken cancellationToken = default) =>
        Task.FromResult(TryAdd(stateName, value, Now.Add(ttl)));

    /// <inheritdoc />
    public async Task<T> GetStateAsync<T>(string stateName, CancellationToken cancellationToken = default)
    {
        var found = await TryGetStateAsync<T>(stateName, cancellationToken);
        return found.HasValue ? found.Value : throw new KeyNotFoundException($"Actor State with name {stateName} was not found.");
    }

    /// <inheritdoc />
    public Task<ConditionalValue<T>> TryGetStateAsync<T>(string stateName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stateName);
        if (_tracker.TryGetValue(stateName, out var tracked))
        {
            return Task.FromResult(tracked.ChangeKind == StateChangeKind.Remove || tracked.IsExpired(Now)
                ? new ConditionalValue<T>(false, default!)
                : new ConditionalValue<T>(true, (T)tracked.Value!));
        }

        if (Load<T>(stateName) is { } loaded)
        {
            _tracker.Add(stateName, TrackedActorState.Create(loaded.Value, StateChangeKind.None, loaded.ExpiresAt));
            return Task.FromResult(new ConditionalValue<T>(true, loaded.Value));
        }

        return Task.FromResult(new ConditionalValue<T>(false, default!));
    }

    /// <inheritdoc />
    public Task SetStateAsync<T>(string stateName, T value, CancellationToken cancellationToken = default)
    {
        Set(stateName, value, expiresAt: null);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task SetStateAsync<T>(string stateName, T value, TimeSpan ttl, CancellationToken cancellationToken = default)
    {
        Set(stateName, value, Now.Add(ttl));
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task RemoveStateAsync(string stateName, CancellationToken cancellationToken = default)
    {
        if (!await TryRemoveStateAsync(stateName, cancellationToken))
        {
            throw new KeyNotFoundException($"Actor State with name {stateName} was not found.");
        }
    }

    /// <inheritdoc />
    public Task<bool> TryRemoveStateAsync(string stateName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stateName);
        if (_tracker.TryGetValue(stateName, out var tracked))
        {
            if (tracked.IsExpired(Now))
            {
                _tracker.Remove(stateName);
                return Task.FromResult(false);
            }

            switch (tracked.ChangeKind)
            {
                case StateChangeKind.Remove:
                    return Task.FromResult(false);
                case StateChangeKind.Add:
                    _tracker.Remove(stateName);
                    return Task.FromResult(true);
                default:
                    tracked.ChangeKind = StateChangeKind.Remove;
                    return Task.FromResult(true);
            }
        }

        if (IsStored(stateName))
        {
            _tracker.Add(stateName, TrackedActorState.ForRemove());
            return Task.FromResult(true);
        }

        return Task.FromResult(false);
    }

    /// <inheritdoc />
    public Task<bool> ContainsStateAsync(string stateName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stateName);
        // As the SDK: a tracked value counts until removed, even past its TTL.
        return Task.FromResult(_tracker.TryGetValue(stateName, out var tracked)
            ? tracked.ChangeKind != StateChangeKind.Remove
            : IsStored(stateName));
    }

    /// <inheritdoc />
    public Task<T> GetOrAddStateAsync<T>(string stateName, T value, CancellationToken cancellationToken = default) =>
        GetOrAddAsync(stateName, value, expiresAt: null, cancellationToken);

    /// <inheritdoc />
    public Task<T> GetOrAddStateAsync<T>(string stateName, T value, TimeSpan ttl, CancellationToken cancellationToken = default) =>
        GetOrAddAsync(stateName, value, Now.Add(ttl), cancellationToken);

    /// <inheritdoc />
    public Task<T> AddOrUpdateStateAsync<T>(string stateName, T addValue, Func<string, T, T> updateValueFactory, CancellationToken cancellationToken = default) =>
        Task.FromResult(AddOrUpdate(stateName, addValue, updateValueFactory, ttl: null));

    /// <inheritdoc />
    public Task<T> AddOrUpdateStateAsync<T>(string stateName, T addValue, Func<string, T, T> updateValueFactory, TimeSpan ttl, CancellationToken cancellationToken = default) =>
        Task.FromResult(AddOrUpdate(stateName, addValue, updateValueFactory, ttl));

    /// <inheritdoc />
    public Task ClearCacheAsync(CancellationToken cancellationToken = default)
    {
        _tracker.Clear();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task SaveStateAsync(CancellationToken cancellationToken = default)
    {
        var changes = new List<(string StateName, StoredActorState? Value)>();
        foreach (var (stateName, tracked) in _tracker)
        {
            if (tracked.ChangeKind == StateChangeKind.None)
            {
                continue;
            }

            changes.Add((stateName, tracked.ChangeKind == StateChangeKind.Remove
                ? null
                : new StoredActorState(JsonSerializer.Serialize(tracked.Value, tracked.Type, _store.JsonOptions), tracked.ExpiresAt)));
            tracked.ChangeKind = StateChangeKind.None;
        }

        if (changes.Count > 0)
        {
            _store.Apply(_actorType, _actorId, changes);
        }

        foreach (var (stateName, value) in changes)
        {
            if (value is null)
            {
                _tracker.Remove(stateName);
            }
        }

        return Task.CompletedTask;
    }

    private bool TryAdd<T>(string stateName, T value, DateTimeOffset? expiresAt)
    {
        ArgumentNullException.ThrowIfNull(stateName);
        if (_tracker.TryGetValue(stateName, out var tracked))
        {
            if (tracked.ChangeKind == StateChangeKind.Remove || tracked.IsExpired(Now))
            {
                _tracker[stateName] = TrackedActorState.Create(value, StateChangeKind.Update, expiresAt);
                return true;
            }

            return false;
        }

        if (IsStored(stateName))
        {
            return false;
        }

        _tracker[stateName] = TrackedActorState.Create(value, StateChangeKind.Add, expiresAt);
        return true;
    }

    private void Set<T>(string stateName, T value, DateTimeOffset? expiresAt)
    {
        ArgumentNullException.ThrowIfNull(stateName);
        if (_tracker.TryGetValue(stateName, out var tracked))
        {
            // The SDK keeps the first type it tracked for a name; the value is what counts.
            tracked.Value = value;
            tracked.ExpiresAt = expiresAt;
            if (tracked.ChangeKind is StateChangeKind.None or StateChangeKind.Remove)
            {
                tracked.ChangeKind = StateChangeKind.Update;
            }
        }
        else
        {
            _tracker[stateName] = TrackedActorState.Create(value, IsStored(stateName) ? StateChangeKind.Update : StateChangeKind.Add, expiresAt);
        }
    }

    private async Task<T> GetOrAddAsync<T>(string stateName, T value, DateTimeOffset? expiresAt, CancellationToken cancellationToken)
    {
        var found = await TryGetStateAsync<T>(stateName, cancellationToken);
        if (found.HasValue)
        {
            return found.Value;
        }

        var markedForRemove = _tracker.TryGetValue(stateName, out var tracked) && tracked.ChangeKind == StateChangeKind.Remove;
        _tracker[stateName] = TrackedActorState.Create(value, markedForRemove ? StateChangeKind.Update : StateChangeKind.Add, expiresAt);
        return value;
    }

    private T AddOrUpdate<T>(string stateName, T addValue, Func<string, T, T> updateValueFactory, TimeSpan? ttl)
    {
        ArgumentNullException.ThrowIfNull(stateName);
        ArgumentNullException.ThrowIfNull(updateValueFactory);
        var expiresAt = ttl is { } span ? Now.Add(span) : (DateTimeOffset?)null;
        if (_tracker.TryGetValue(stateName, out var tracked))
        {
            if (tracked.ChangeKind == StateChangeKind.Remove)
            {
                _tracker[stateName] = TrackedActorState.Create(addValue, StateChangeKind.Update, expiresAt);
                return addValue;
            }

            // As the SDK: updating a tracked value keeps its expiry, whatever TTL was passed.
            var updated = updateValueFactory(stateName, (T)tracked.Value!);
            tracked.Value = updated;
            if (tracked.ChangeKind == StateChangeKind.None)
            {
                tracked.ChangeKind = StateChangeKind.Update;
            }

            return updated;
        }

        if (Load<T>(stateName) is { } loaded)
        {
            var updated = updateValueFactory(stateName, loaded.Value);
            _tracker.Add(stateName, TrackedActorState.Create(updated, StateChangeKind.Update, expiresAt));
            return updated;
        }

        _tracker[stateName] = TrackedActorState.Create(addValue, StateChangeKind.Add, expiresAt);
        return addValue;
    }

    private bool IsStored(string stateName) => _store.TryLoad(_actorType, _actorId, stateName) is not null;

    private (T Value, DateTimeOffset? ExpiresAt)? Load<T>(string stateName) =>
        _store.TryLoad(_actorType, _actorId, stateName) is { } stored
            ? (JsonSerializer.Deserialize<T>(stored.Json, _store.JsonOptions)!, stored.ExpiresAt)
            : null;
}
