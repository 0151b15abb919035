using Kugelpos.Contracts;
using Kugelpos.Dapr.Subscriptions;

namespace Kugelpos.Terminal.Tests.Support;

/// <summary>A test subscriber's handler: counts each event it is handed and acknowledges it.</summary>
/// <typeparam name="TEvent">The event the subscription reads.</typeparam>
internal sealed class CountingHandler<TEvent>(DeliveredEvents delivered) : ISubscriptionHandler<TEvent>
    where TEvent : class, IKugelposEvent
{
    /// <inheritdoc />
    public Task<SubscriptionOutcome> HandleAsync(TEvent evt, CancellationToken cancellationToken)
    {
        delivered.Add(evt);
        return Task.FromResult(SubscriptionOutcome.Success);
    }
}
