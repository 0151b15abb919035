using System.Collections.Concurrent;
using Kugelpos.Contracts;
using Kugelpos.Contracts.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kugelpos.Dapr.Subscriptions;

/// <summary>
/// The handler of each subscribed topic, filled in by <c>MapKugelposSubscription</c>, so that a
/// dedup actor holding an event as JSON can apply it with the handler its topic is mapped to.
/// </summary>
public sealed class SubscriptionHandlers
{
    private readonly ConcurrentDictionary<string, Func<string, IServiceProvider, CancellationToken, Task<SubscriptionOutcome>>> _byTopic = new(StringComparer.Ordinal);

    /// <summary>Maps <paramref name="topic"/> to <typeparamref name="THandler"/>; a topic has one handler per service.</summary>
    public void Add<TEvent, THandler>(string topic)
        where TEvent : class, IKugelposEvent
        where THandler : ISubscriptionHandler<TEvent>
    {
        if (!_byTopic.TryAdd(topic, (json, services, cancellationToken) => RunAsync<TEvent, THandler>(services, EventJson.Deserialize<TEvent>(json), topic, cancellationToken)))
        {
            throw new InvalidOperationException($"The topic '{topic}' has a handler already.");
        }
    }

    /// <summary>
    /// Reads <paramref name="json"/> as the event of <paramref name="topic"/> and applies it with a
    /// handler made from <paramref name="services"/>. A topic nobody mapped, or an event the
    /// handler's contract refuses, is a drop: no redelivery can change either.
    /// </summary>
    public async Task<SubscriptionOutcome> ApplyAsync(string topic, string json, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (!_byTopic.TryGetValue(topic, out var apply))
        {
            return SubscriptionOutcome.Drop($"no handler is mapped to the topic '{topic}'");
        }

        try
        {
            return await apply(json, services, cancellationToken);
        }
        catch (EventJsonException e)
        {
            return SubscriptionOutcome.Drop(e.Message);
        }
    }

    /// <summary>Runs <typeparamref name="THandler"/> on <paramref name="evt"/>; a failure or an exception is a retry, never a lost event.</summary>
    internal static async Task<SubscriptionOutcome> RunAsync<TEvent, THandler>(IServiceProvider services, TEvent evt, string topic, CancellationToken cancellationToken)
        where TEvent : class, IKugelposEvent
        where THandler : ISubscriptionHandler<TEvent>
    {
        try
        {
            var handler = ActivatorUtilities.GetServiceOrCreateInstance<THandler>(services);
            return await handler.HandleAsync(evt, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return SubscriptionOutcome.Retry("the delivery was cancelled");
        }
#pragma warning disable CA1031 // Any failure of the handler must become a retry, never a lost event or a bare 500.
        catch (Exception e)
#pragma warning restore CA1031
        {
            services.GetRequiredService<ILoggerFactory>().CreateLogger(SubscriptionEndpoint.LoggerName).LogError(e, "The {Topic} handler failed on event {EventId}", topic, evt.EventId);
            return SubscriptionOutcome.Retry($"the handler failed: {e.GetType().Name}");
        }
    }
}
