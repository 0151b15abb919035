using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Kugelpos.Sidecar.PubSub;

/// <summary>
/// pubsub.in-memory: topics held in the process and shared by every sidecar in it (one
/// instance per component name via <see cref="SidecarCluster.Shared{T}"/>). Each consumer group
/// has one queue per topic, so groups fan out and the consumers of a group compete. Messages
/// published before a group subscribes are not kept for it, and nothing survives the process.
/// </summary>
public sealed class InMemoryBroker(ILogger<InMemoryBroker> logger) : IPubSubBroker
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, Channel<ReadOnlyMemory<byte>>>> _topics = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public Task PublishAsync(string topic, ReadOnlyMemory<byte> message, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken)
    {
        foreach (var queue in Groups(topic).Values)
        {
            queue.Writer.TryWrite(message);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task ConsumeAsync(string topic, string group, string consumer, Func<ReadOnlyMemory<byte>, CancellationToken, Task<bool>> handler, CancellationToken cancellationToken)
    {
        // Created before the first await, so a subscription exists once the caller's start returns.
        var queue = Groups(topic).GetOrAdd(group, _ => Channel.CreateUnbounded<ReadOnlyMemory<byte>>());
        await foreach (var message in queue.Reader.ReadAllAsync(cancellationToken))
        {
            if (!await handler(message, cancellationToken))
            {
                logger.LogWarning("Dropping a message on in-memory topic {Topic} for group {Group}: delivery failed after retries", topic, group);
            }
        }
    }

    private ConcurrentDictionary<string, Channel<ReadOnlyMemory<byte>>> Groups(string topic) =>
        _topics.GetOrAdd(topic, _ => new ConcurrentDictionary<string, Channel<ReadOnlyMemory<byte>>>(StringComparer.Ordinal));
}
