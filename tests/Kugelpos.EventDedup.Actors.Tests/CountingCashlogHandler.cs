using Kugelpos.Contracts.Terminals;
using Kugelpos.Dapr.Subscriptions;

namespace Kugelpos.EventDedup.Actors.Tests;

/// <summary>A cash-log handler that records its runs in <see cref="Effects"/> and answers what they script.</summary>
public sealed class CountingCashlogHandler(Effects effects) : ISubscriptionHandler<CashInOutLog>
{
    /// <inheritdoc />
    public Task<SubscriptionOutcome> HandleAsync(CashInOutLog evt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(evt);
        return Task.FromResult(effects.Run(evt.EventId));
    }
}
