using System.Collections.Concurrent;
using Kugelpos.Actors.Contracts.Transactions;
using Kugelpos.Cart.Actors.Transactions;
using Kugelpos.Cart.Transactions;
using Kugelpos.Contracts.Transactions;

namespace Kugelpos.Cart.Tests.Transactions;

/// <summary>
/// The real store, which for a tenant told to fails the next status save: as if the process died
/// after the new log was numbered and recorded but before the original was marked.
/// </summary>
internal sealed class CrashingTransactionStore(TransactionStore store) : ITransactionStore
{
    private readonly ConcurrentDictionary<string, bool> _crashNextStatusSave = new(StringComparer.Ordinal);

    public void CrashNextStatusSave(string tenantId) => _crashNextStatusSave[tenantId] = true;

    public Task<StoredTransaction?> FindAsync(TransactionKey key, CancellationToken cancellationToken = default) => store.FindAsync(key, cancellationToken);

    public Task<TransactionLog> AddAsync(TransactionLog log, CancellationToken cancellationToken = default) => store.AddAsync(log, cancellationToken);

    public Task SaveStatusAsync(TransactionKey key, TransactionStatus status, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        return _crashNextStatusSave.TryRemove(key.TenantId, out _)
            ? throw new InvalidOperationException("Crashed before the status was saved.")
            : store.SaveStatusAsync(key, status, cancellationToken);
    }
}
