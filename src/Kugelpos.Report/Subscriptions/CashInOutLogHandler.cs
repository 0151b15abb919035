using Kugelpos.Contracts.Terminals;
using Kugelpos.Dapr.Subscriptions;
using Kugelpos.Report.Logs;

namespace Kugelpos.Report.Subscriptions;

/// <summary>Stores each cash in/out log once, keyed by its event id, for the reports.</summary>
internal sealed class CashInOutLogHandler(LogReceiver receiver, ReportLogStore logs) : ISubscriptionHandler<CashInOutLog>
{
    public Task<SubscriptionOutcome> HandleAsync(CashInOutLog evt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(evt);
        return receiver.ReceiveAsync(evt, token => logs.AddAsync(evt, token), cancellationToken);
    }
}
