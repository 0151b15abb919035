using Kugelpos.Actors.Contracts.EventDedup;
using Kugelpos.Contracts;
using Kugelpos.Dapr.Subscriptions;
using Microsoft.Extensions.Logging;

namespace Kugelpos.EventDedup.Actors;

/// <summary>Sends each delivered event to its <see cref="EventDedupActor"/> and turns the reply into the sidecar's answer.</summary>
/// <param name="actors">The service's dedup actors.</param>
/// <param name="logger">For calls that failed.</param>
internal sealed class ActorEventDeduplication(EventDedupActorClient actors, ILogger<ActorEventDeduplication> logger) : IEventDeduplication
{
    public async Task<SubscriptionOutcome> ApplyOnceAsync(string topic, IKugelposEvent evt, string json, CancellationToken cancellationToken)
    {
        DedupReply reply;
        try
        {
            reply = await actors.ApplyAsync(evt.EventId, new DedupDelivery(topic, json), cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return SubscriptionOutcome.Retry("the delivery was cancelled");
        }
#pragma warning disable CA1031 // The actor or its state store is away (or the mark could not be saved): the event must come again.
        catch (Exception e)
#pragma warning restore CA1031
        {
            logger.LogWarning(e, "The dedup actor of event {EventId} on {Topic} could not apply it", evt.EventId, topic);
            return SubscriptionOutcome.Retry($"the dedup actor failed: {e.GetType().Name}");
        }

        return reply.Verdict switch
        {
            DedupVerdict.Applied => SubscriptionOutcome.Success,
            DedupVerdict.Duplicate => SubscriptionOutcome.Duplicate,
            DedupVerdict.Drop => SubscriptionOutcome.Drop(reply.Reason ?? "dropped by its handler"),
            _ => SubscriptionOutcome.Retry(reply.Reason ?? "the handler asked for a retry"),
        };
    }
}
