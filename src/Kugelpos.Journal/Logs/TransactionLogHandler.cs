using Kugelpos.Contracts.Transactions;
using Kugelpos.Dapr.Subscriptions;

namespace Kugelpos.Journal.Logs;

/// <summary>Stores a transaction log (sale, cancelled sale, return, void) with its journal entry, once per event id.</summary>
internal sealed class TransactionLogHandler(LogJournalWriter writer) : ISubscriptionHandler<TransactionLog>
{
    /// <inheritdoc />
    public Task<SubscriptionOutcome> HandleAsync(TransactionLog evt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(evt);
        return writer.WriteAsync(evt, JournalStorage.TransactionLogCollection, JournalEntries.For(evt), cancellationToken);
    }
}
