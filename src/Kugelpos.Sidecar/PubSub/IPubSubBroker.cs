namespace Kugelpos.Sidecar.PubSub;

/// <summary>
/// A message broker behind one pub/sub component: it stores published messages per topic and
/// hands them to consumer groups, each message to one consumer of every group.
/// </summary>
public interface IPubSubBroker
{
    /// <summary>Appends <paramref name="message"/> (normally a CloudEvent) to <paramref name="topic"/>.</summary>
    Task PublishAsync(string topic, ReadOnlyMemory<byte> message, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken);

    /// <summary>
    /// Consumes <paramref name="topic"/> as <paramref name="consumer"/> of <paramref name="group"/>
    /// until cancelled, handing messages to <paramref name="handler"/> as the broker's settings allow
    /// (one at a time, or several at once for pubsub.redis' <c>concurrency</c>). The handler answers
    /// true when the message is done with (acknowledged) and false when the broker should deliver it
    /// again later. On cancellation the handlers in flight are cancelled and awaited.
    /// </summary>
    Task ConsumeAsync(string topic, string group, string consumer, Func<ReadOnlyMemory<byte>, CancellationToken, Task<bool>> handler, CancellationToken cancellationToken);
}
