using Kugelpos.Contracts.Transactions;
using Kugelpos.Dapr.Subscriptions;

namespace Kugelpos.Host.Tests.Reporting;

/// <summary>The report stand-in's transaction log handler: keeps the log and acknowledges it.</summary>
public sealed class TransactionLogRecorder(ReceivedLogs received) : ISubscriptionHandler<TransactionLog>
{
    /// <inheritdoc />
    public Task<SubscriptionOutcome> HandleAsync(TransactionLog evt, CancellationToken cancellationToken)
    {
        received.Add(evt);
        return Task.FromResult(SubscriptionOutcome.Success);
    }
}
