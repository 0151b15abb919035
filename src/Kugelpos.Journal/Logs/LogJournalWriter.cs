using Kugelpos.Contracts;
using Kugelpos.Dapr.Subscriptions;
using Kugelpos.Journal.Journals;

namespace Kugelpos.Journal.Logs;

/// <summary>
/// What every log handler does: refuses (drops) a log of a tenant never prepared, as no redelivery
/// can store it, then stores the log with its journal entry under the event id. A document store
/// failure escapes, and the subscription plumbing answers it with a retry.
/// </summary>
internal sealed class LogJournalWriter(JournalStore store)
{
    public async Task<SubscriptionOutcome> WriteAsync<TEvent>(TEvent log, string logCollection, JournalDocument journal, CancellationToken cancellationToken)
        where TEvent : TerminalEvent
    {
        if (!await store.IsPreparedAsync(log.TenantId, cancellationToken))
        {
            return SubscriptionOutcome.Drop("the tenant was never prepared with POST /api/v1/tenants");
        }

        await store.SaveLogAsync(logCollection, JournalEntries.Log(log), journal, cancellationToken);
        return SubscriptionOutcome.Success;
    }
}
