using Kugelpos.Contracts.PubSub;

namespace Kugelpos.Dapr.Tests.Subscriptions;

/// <summary>The cash-log pub/sub component on a real Redis, as the sidecars of these tests load it.</summary>
internal static class PubSubComponent
{
    /// <summary>
    /// The resources of a sidecar whose <see cref="EventChannels.CashlogPubSub"/> is a
    /// pubsub.redis on <paramref name="redis"/>, with three inbound retries 10 ms apart so a RETRY
    /// is delivered again at once.
    /// </summary>
    public static Dictionary<string, string> On(RedisServer redis) => new(StringComparer.Ordinal)
    {
        ["pubsub.yaml"] = $"""
            apiVersion: dapr.io/v1alpha1
            kind: Component
            metadata:
              name: {EventChannels.CashlogPubSub}
            spec:
              type: pubsub.redis
              version: v1
              metadata:
              - name: redisHost
                value: "{redis.Host}"
              - name: processingTimeout
                value: 10s
              - name: redeliverInterval
                value: 1s
            """,
        ["resiliency.yaml"] = FastInboundRetry.For(EventChannels.CashlogPubSub),
    };
}
