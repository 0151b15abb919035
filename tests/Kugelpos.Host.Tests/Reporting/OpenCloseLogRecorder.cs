using Kugelpos.Contracts.Terminals;
using Kugelpos.Dapr.Subscriptions;

namespace Kugelpos.Host.Tests.Reporting;

/// <summary>The report stand-in's open/close log handler: keeps the log and acknowledges it.</summary>
public sealed class OpenCloseLogRecorder(ReceivedLogs received) : ISubscriptionHandler<OpenCloseLog>
{
    /// <inheritdoc />
    public Task<SubscriptionOutcome> HandleAsync(OpenCloseLog evt, CancellationToken cancellationToken)
    {
        received.Add(evt);
        return Task.FromResult(SubscriptionOutcome.Success);
    }
}
