using Kugelpos.Contracts.Terminals;
using Kugelpos.Dapr.Subscriptions;

namespace Kugelpos.Host.Tests.Reporting;

/// <summary>The report stand-in's cash log handler: keeps the log and acknowledges it.</summary>
public sealed class CashLogRecorder(ReceivedLogs received) : ISubscriptionHandler<CashInOutLog>
{
    /// <inheritdoc />
    public Task<SubscriptionOutcome> HandleAsync(CashInOutLog evt, CancellationToken cancellationToken)
    {
        received.Add(evt);
        return Task.FromResult(SubscriptionOutcome.Success);
    }
}
