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
/// <remarks>
/// Delivery follows daprd's component (components-contrib <c>pubsub/in-memory</c>): it subscribes
/// each handler to its event bus as transactional, so a subscription gets its messages strictly one
/// at a time, in publish order, while different subscriptions deliver side by side; there is no
/// concurrency setting and no cap to set. A message the handler did not finish with is handed to it
/// again, 100 ms later, up to ten times in all, and only then given up; while that goes on the
/// subscription's later messages wait. One difference is kept on purpose: daprd's publish waits
/// until every subscription has taken its previous message, while here it only enqueues.
/// </remarks>
public sealed class InMemoryBroker(TimeProvider time, ILogger<InMemoryBroker> logger) : IPubSubBroker
{
    // daprd's retryHandler: at most ten calls of the handler per message, 100 ms apart.
    private const int Deliveries = 10;
    private static readonly TimeSpan RedeliveryPause = TimeSpan.FromMilliseconds(100);

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
        ArgumentNullException.ThrowIfNull(handler);

        // Created before the first await, so a subscription exists once the caller's start returns.
        var queue = Groups(topic).GetOrAdd(group, _ => Channel.CreateUnbounded<ReadOnlyMemory<byte>>());
        await foreach (var message in queue.Reader.ReadAllAsync(cancellationToken))
        {
            if (!await DeliverAsync(topic, group, message, handler, cancellationToken))
            {
                logger.LogWarning("Dropping a message on in-memory topic {Topic} for group {Group}: not delivered in {Deliveries} tries", topic, group, Deliveries);
            }
        }
    }

    // One message, handed to the handler until it is done with it or the tries run out.
    private async Task<bool> DeliverAsync(string topic, string group, ReadOnlyMemory<byte> message, Func<ReadOnlyMemory<byte>, CancellationToken, Task<bool>> handler, CancellationToken cancellationToken)
    {
        for (var delivery = 1; ; delivery++)
        {
            try
            {
                if (await handler(message, cancellationToken))
                {
                    return true;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                logger.LogError(e, "Delivering a message on in-memory topic {Topic} for group {Group} failed", topic, group);
            }

            if (delivery == Deliveries)
            {
                return false;
            }

            await Task.Delay(RedeliveryPause, time, cancellationToken);
        }
    }

    private ConcurrentDictionary<string, Channel<ReadOnlyMemory<byte>>> Groups(string topic) =>
        _topics.GetOrAdd(topic, _ => new ConcurrentDictionary<string, Channel<ReadOnlyMemory<byte>>>(StringComparer.Ordinal));
}
