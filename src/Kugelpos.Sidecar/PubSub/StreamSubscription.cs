using System.Collections.Concurrent;
using System.Threading.Channels;
using StackExchange.Redis;

namespace Kugelpos.Sidecar.PubSub;

/// <summary>
/// What <see cref="RedisStreamBroker"/> keeps while it consumes one topic for one consumer of a
/// group: the entries read or claimed and not yet handed to a worker, in the order they came,
/// and the ids this consumer holds (buffered or being delivered), which its own reclaimer leaves
/// alone.
/// </summary>
internal sealed class StreamSubscription(string topic, string group, string consumer, Func<ReadOnlyMemory<byte>, CancellationToken, Task<bool>> handler)
{
    /// <summary>The stream.</summary>
    public string Topic { get; } = topic;

    /// <summary>The consumer group (the component's consumerID).</summary>
    public string Group { get; } = group;

    /// <summary>This sidecar's consumer name in the group.</summary>
    public string Consumer { get; } = consumer;

    /// <summary>Delivers one message; true when it is done with and may be acknowledged.</summary>
    public Func<ReadOnlyMemory<byte>, CancellationToken, Task<bool>> Handler { get; } = handler;

    /// <summary>Entries waiting for a worker; each holds one place of the broker's queue depth.</summary>
    public Channel<StreamEntry> Buffered { get; } = Channel.CreateUnbounded<StreamEntry>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>The ids buffered or being delivered here.</summary>
    public ConcurrentDictionary<string, bool> Held { get; } = new(StringComparer.Ordinal);
}
