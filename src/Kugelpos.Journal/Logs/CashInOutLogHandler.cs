using Kugelpos.Contracts.Terminals;
using Kugelpos.Dapr.Subscriptions;

namespace Kugelpos.Journal.Logs;

/// <summary>Stores a cash in/out log with its journal entry, once per event id.</summary>
internal sealed class CashInOutLogHandler(LogJournalWriter writer) : ISubscriptionHandler<CashInOutLog>
{
    /// <inheritdoc />
    public Task<SubscriptionOutcome> HandleAsync(CashInOutLog evt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(evt);
        return writer.WriteAsync(evt, JournalStorage.CashInOutLogCollection, JournalEntries.For(evt), cancellationToken);
    }
}
