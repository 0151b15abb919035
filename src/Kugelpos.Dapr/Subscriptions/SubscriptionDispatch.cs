using Kugelpos.Contracts;
using Kugelpos.Contracts.PubSub;
using Kugelpos.Contracts.Serialization;
using Microsoft.Extensions.DependencyInjection;

namespace Kugelpos.Dapr.Subscriptions;

/// <summary>
/// The one way an event reaches its handler, whether pub/sub delivered it or a REST endpoint took
/// it (the original's <c>POST .../transactions</c>): through the service's
/// <see cref="IEventDeduplication"/> when it has one, straight to the handler otherwise.
/// </summary>
public static class SubscriptionDispatch
{
    /// <summary>Applies <paramref name="evt"/> of <paramref name="channel"/> with <typeparamref name="THandler"/>, once per event id where the service deduplicates.</summary>
    /// <param name="services">The request's services.</param>
    /// <param name="channel">The channel the event belongs to; its topic names the handler to a dedup actor.</param>
    /// <param name="evt">The event.</param>
    /// <param name="json">The event as received, or null to write it with EventJson.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    public static Task<SubscriptionOutcome> ApplyAsync<TEvent, THandler>(
        IServiceProvider services, EventChannel channel, TEvent evt, string? json, CancellationToken cancellationToken)
        where TEvent : class, IKugelposEvent
        where THandler : ISubscriptionHandler<TEvent>
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(evt);
        return services.GetService<IEventDeduplication>() is { } dedup
            ? dedup.ApplyOnceAsync(channel.Topic, evt, json ?? EventJson.Serialize(evt), cancellationToken)
            : SubscriptionHandlers.RunAsync<TEvent, THandler>(services, evt, channel.Topic, cancellationToken);
    }
}
