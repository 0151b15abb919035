using Kugelpos.Contracts;

namespace Kugelpos.Dapr.Subscriptions;

/// <summary>
/// Applies each delivered event once per event id, around the handler its topic is mapped to.
/// Registered by a subscriber service that runs dedup actors; without it, deliveries go straight
/// to their handlers.
/// </summary>
public interface IEventDeduplication
{
    /// <summary>
    /// Applies <paramref name="evt"/> (read from <paramref name="json"/>, delivered on
    /// <paramref name="topic"/>) through <see cref="SubscriptionHandlers"/> unless its id was
    /// applied before; a repeat is a success with <see cref="SubscriptionOutcome.Duplicate"/> set.
    /// </summary>
    Task<SubscriptionOutcome> ApplyOnceAsync(string topic, IKugelposEvent evt, string json, CancellationToken cancellationToken);
}
