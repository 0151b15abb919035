using Kugelpos.Contracts.Transactions;
using Kugelpos.Dapr.Subscriptions;
using Kugelpos.Stock.Stocks;
using Kugelpos.Stock.Tenants;

namespace Kugelpos.Stock.Tranlogs;

/// <summary>
/// Applies a transaction log to stock. Each line's change is keyed by the event id and the line, so
/// a log delivered again, or twice at once, moves stock once; a failure part way is retried and
/// applies only the lines still missing. A log of a tenant never prepared, or of a store or item no
/// record can name, is dropped to the dead-letter topic; a document store that fails is a retry
/// (the exception reaches the subscription plumbing).
/// </summary>
internal sealed class TranlogHandler(StockTenants tenants, StockLedger ledger) : ISubscriptionHandler<TransactionLog>
{
    public async Task<SubscriptionOutcome> HandleAsync(TransactionLog evt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(evt);
        if (!await tenants.ExistsAsync(evt.TenantId, cancellationToken))
        {
            return SubscriptionOutcome.Drop("the tenant was never created in the stock service (POST /api/v1/tenants)");
        }

        if (!StockKey.IsValidCode(evt.StoreCode))
        {
            return SubscriptionOutcome.Drop("the log names no valid store_code");
        }

        IReadOnlyList<StockChange> changes;
        try
        {
            changes = StockMovements.Of(evt);
        }
        catch (ArgumentException e)
        {
            return SubscriptionOutcome.Drop(e.Message);
        }

        // The lines go together, so their writes share the tenant file's commits (and a record's
        // batch) rather than waiting for two flushes to disk each, one line after another.
        await Task.WhenAll(changes.Select(change => ledger.ApplyAsync(evt.TenantId, change, cancellationToken)));

        return SubscriptionOutcome.Success;
    }
}
