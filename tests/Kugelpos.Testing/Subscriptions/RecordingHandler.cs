using Kugelpos.Contracts;
using Kugelpos.Dapr.Subscriptions;

namespace Kugelpos.Testing.Subscriptions;

/// <summary>
/// A test subscriber's handler: keeps each event it is handed in the <see cref="ReceivedEvents"/>
/// registered as a singleton, and acknowledges it.
/// </summary>
/// <typeparam name="TEvent">The event the subscription reads.</typeparam>
public sealed class RecordingHandler<TEvent>(ReceivedEvents received) : ISubscriptionHandler<TEvent>
    where TEvent : class, IKugelposEvent
{
    /// <inheritdoc />
    public Task<SubscriptionOutcome> HandleAsync(TEvent evt, CancellationToken cancellationToken)
    {
        received.Add(evt);
        return Task.FromResult(SubscriptionOutcome.Success);
    }
}
