using Kugelpos.Contracts.Terminals;
using Kugelpos.Dapr.Subscriptions;

namespace Kugelpos.Dapr.Tests.Subscriptions;

/// <summary>A cash-log handler that answers what its <see cref="HandlerScript"/> says.</summary>
public sealed class ScriptedCashlogHandler(HandlerScript script) : ISubscriptionHandler<CashInOutLog>
{
    /// <inheritdoc />
    public Task<SubscriptionOutcome> HandleAsync(CashInOutLog evt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(evt);
        return Task.FromResult(script.Next(evt.EventId));
    }
}
