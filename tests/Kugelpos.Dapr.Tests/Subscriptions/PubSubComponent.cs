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
        ["pubsub.yaml"] = RedisPubSub.Component(EventChannels.CashlogPubSub, redis),
        ["resiliency.yaml"] = FastInboundRetry.For(EventChannels.CashlogPubSub),
    };
}
