using Kugelpos.Contracts.Transactions;
using Kugelpos.Dapr.Subscriptions;

namespace Kugelpos.Cart.Tests.Support;

/// <summary>A test subscriber's handler of transaction logs: keeps each one it is handed and acknowledges it.</summary>
internal sealed class PublishedLogHandler(PublishedLogs published) : ISubscriptionHandler<TransactionLog>
{
    /// <inheritdoc />
    public Task<SubscriptionOutcome> HandleAsync(TransactionLog evt, CancellationToken cancellationToken)
    {
        published.Add(evt);
        return Task.FromResult(SubscriptionOutcome.Success);
    }
}
