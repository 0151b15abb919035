using Kugelpos.Contracts.Terminals;
using Kugelpos.Dapr.Subscriptions;

namespace Kugelpos.Journal.Logs;

/// <summary>Stores a terminal's open/close log with its journal entry, once per event id.</summary>
internal sealed class OpenCloseLogHandler(LogJournalWriter writer) : ISubscriptionHandler<OpenCloseLog>
{
    /// <inheritdoc />
    public Task<SubscriptionOutcome> HandleAsync(OpenCloseLog evt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(evt);
        return writer.WriteAsync(evt, JournalStorage.OpenCloseLogCollection, JournalEntries.For(evt), cancellationToken);
    }
}
