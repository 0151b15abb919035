namespace Kugelpos.Sidecar.State;

/// <summary>
/// A Dapr state store as the sidecar uses it: byte values under full keys, ETags for optimistic
/// concurrency, TTLs, and atomic multi-key transactions. Keys arrive already prefixed
/// (<see cref="StateKeys"/>), so every implementation stores exactly what daprd would.
/// </summary>
public interface IStateStore : IAsyncDisposable
{
    /// <summary>The component name (<c>metadata.name</c>).</summary>
    string Name { get; }

    /// <summary>The value at <paramref name="key"/>, or null when absent or expired.</summary>
    Task<StateItem?> GetAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Writes one value and returns its new ETag; throws <see cref="StateETagException"/> on a failed check.</summary>
    Task<string> SetAsync(StateUpsert upsert, CancellationToken cancellationToken = default);

    /// <summary>Deletes one value (absent is fine); throws <see cref="StateETagException"/> on a failed check.</summary>
    Task DeleteAsync(StateDelete deletion, CancellationToken cancellationToken = default);

    /// <summary>Applies every operation or none: any failed ETag check aborts the whole transaction.</summary>
    Task ExecuteTransactionAsync(IReadOnlyList<StateOperation> operations, CancellationToken cancellationToken = default);
}
