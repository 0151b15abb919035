using Kugelpos.Sidecar.State;

namespace Kugelpos.Sidecar.Tests.Resiliency;

/// <summary>
/// A state store that keeps what is written (in memory) and fails writes as <see cref="Flaky"/>
/// tells it: a test sees both what a failed save left behind and what a later one stored.
/// </summary>
internal sealed class KeepingStore : IStateStore
{
    private readonly InMemoryStateStore _kept = new("store", null, TimeProvider.System);

    public string Name => _kept.Name;

    /// <summary>Decides each write: set its <see cref="FlakyStore.FailuresLeft"/> to fail the next ones.</summary>
    public FlakyStore Flaky { get; } = new();

    public Task<StateItem?> GetAsync(string key, CancellationToken cancellationToken = default) => _kept.GetAsync(key, cancellationToken);

    public async Task<string> SetAsync(StateUpsert upsert, CancellationToken cancellationToken = default)
    {
        await Flaky.SetAsync(upsert, cancellationToken);
        return await _kept.SetAsync(upsert, cancellationToken);
    }

    public async Task DeleteAsync(StateDelete deletion, CancellationToken cancellationToken = default)
    {
        await Flaky.DeleteAsync(deletion, cancellationToken);
        await _kept.DeleteAsync(deletion, cancellationToken);
    }

    public async Task ExecuteTransactionAsync(IReadOnlyList<StateOperation> operations, CancellationToken cancellationToken = default)
    {
        await Flaky.ExecuteTransactionAsync(operations, cancellationToken);
        await _kept.ExecuteTransactionAsync(operations, cancellationToken);
    }

    public ValueTask DisposeAsync() => _kept.DisposeAsync();
}
