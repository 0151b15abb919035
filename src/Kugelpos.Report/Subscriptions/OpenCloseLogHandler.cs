using Kugelpos.Contracts.Terminals;
using Kugelpos.Dapr.Subscriptions;
using Kugelpos.Report.Logs;

namespace Kugelpos.Report.Subscriptions;

/// <summary>Stores each open/close log once, keyed by its event id, for the reports.</summary>
internal sealed class OpenCloseLogHandler(LogReceiver receiver, ReportLogStore logs) : ISubscriptionHandler<OpenCloseLog>
{
    public Task<SubscriptionOutcome> HandleAsync(OpenCloseLog evt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(evt);
        return receiver.ReceiveAsync(evt, token => logs.AddAsync(evt, token), cancellationToken);
    }
}
