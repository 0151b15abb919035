using Kugelpos.Contracts.PubSub;

namespace Kugelpos.Dapr.Subscriptions;

/// <summary>Where the sidecar moves events a subscriber dropped.</summary>
public static class DeadLetterTopics
{
    /// <summary>
    /// The dead-letter topic of <paramref name="channel"/>: <c>{topic}-deadletter</c> on the same
    /// pub/sub component, one per channel so an operator can replay it onto its own topic.
    /// </summary>
    public static string For(EventChannel channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return channel.Topic + "-deadletter";
    }
}
