using Kugelpos.Contracts;

namespace Kugelpos.Dapr.Subscriptions;

/// <summary>
/// Applies one kind of event delivered by pub/sub. It receives only valid events (the plumbing
/// drops what EventJson refuses) and may get the same event id more than once: it must apply
/// each id once and answer <see cref="SubscriptionOutcome.Success"/> for a repeat.
/// </summary>
/// <typeparam name="TEvent">The event contract.</typeparam>
public interface ISubscriptionHandler<in TEvent>
    where TEvent : class, IKugelposEvent
{
    /// <summary>Applies <paramref name="evt"/> and says how it went; an exception counts as a retry.</summary>
    Task<SubscriptionOutcome> HandleAsync(TEvent evt, CancellationToken cancellationToken);
}
