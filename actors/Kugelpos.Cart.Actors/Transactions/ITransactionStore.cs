using Kugelpos.Actors.Contracts.Transactions;
using Kugelpos.Contracts.Transactions;

namespace Kugelpos.Cart.Actors.Transactions;

/// <summary>The durable transaction logs and their status (the cart service's document store).</summary>
public interface ITransactionStore
{
    /// <summary>The transaction stored under <paramref name="key"/>, or null.</summary>
    Task<StoredTransaction?> FindAsync(TransactionKey key, CancellationToken cancellationToken = default);

    /// <summary>Stores <paramref name="log"/> unless a log with its key is stored; answers the log stored (the first one).</summary>
    Task<TransactionLog> AddAsync(TransactionLog log, CancellationToken cancellationToken = default);

    /// <summary>Replaces the status of the transaction <paramref name="key"/>.</summary>
    Task SaveStatusAsync(TransactionKey key, TransactionStatus status, CancellationToken cancellationToken = default);
}
