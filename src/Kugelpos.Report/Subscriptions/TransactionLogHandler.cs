using Kugelpos.Contracts.Transactions;
using Kugelpos.Dapr.Subscriptions;
using Kugelpos.Report.Logs;

namespace Kugelpos.Report.Subscriptions;

/// <summary>Stores each transaction log once, keyed by its event id, for the reports.</summary>
internal sealed class TransactionLogHandler(LogReceiver receiver, ReportLogStore logs) : ISubscriptionHandler<TransactionLog>
{
    public Task<SubscriptionOutcome> HandleAsync(TransactionLog evt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(evt);
        return receiver.ReceiveAsync(evt, token => logs.AddAsync(evt, token), cancellationToken);
    }
}
