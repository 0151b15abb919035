using System.Collections.Concurrent;
using Kugelpos.Actors.Contracts.Transactions;
using Kugelpos.Cart.Actors.Transactions;
using Kugelpos.Contracts.Transactions;

namespace Kugelpos.Cart.Actors.Tests.Transactions;

/// <summary>A transaction store in memory, keeping the first log per key as the real one does.</summary>
internal sealed class InMemoryTransactionStore : ITransactionStore
{
    private readonly ConcurrentDictionary<TransactionKey, TransactionLog> _logs = new();
    private readonly ConcurrentDictionary<TransactionKey, TransactionStatus> _statuses = new();

    public int Count => _logs.Count;

    public Task<StoredTransaction?> FindAsync(TransactionKey key, CancellationToken cancellationToken = default) =>
        Task.FromResult(_logs.TryGetValue(key, out var log)
            ? new StoredTransaction(log, _statuses.GetValueOrDefault(key, TransactionStatus.None))
            : null);

    public Task<TransactionLog> AddAsync(TransactionLog log, CancellationToken cancellationToken = default) =>
        Task.FromResult(_logs.GetOrAdd(TransactionKey.Of(log), log));

    public Task SaveStatusAsync(TransactionKey key, TransactionStatus status, CancellationToken cancellationToken = default)
    {
        _statuses[key] = status;
        return Task.CompletedTask;
    }
}
