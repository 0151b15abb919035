using Kugelpos.Contracts;
using Kugelpos.Dapr.Subscriptions;
using Kugelpos.Report.Tenants;

namespace Kugelpos.Report.Subscriptions;

/// <summary>
/// The one way every log reaches the report service (pub/sub or REST): refused for a tenant never
/// set up, else stored once per event id.
/// </summary>
internal sealed class LogReceiver(ReportTenants tenants)
{
    public async Task<SubscriptionOutcome> ReceiveAsync(TerminalEvent log, Func<CancellationToken, Task<bool>> store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(store);
        if (!await tenants.IsKnownAsync(log.TenantId, cancellationToken))
        {
            // No redelivery can make it reportable; the dead-letter topic keeps it for an operator.
            return SubscriptionOutcome.Drop("the tenant is not set up in the report service");
        }

        // A store failure escapes: the plumbing answers RETRY and the event comes back.
        await store(cancellationToken);
        return SubscriptionOutcome.Success;
    }
}
