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
    /// until cancelled, one message at a time. The handler answers true when the message is
    /// done with (acknowledged) and false when the broker should deliver it again later.
    /// </summary>
    Task ConsumeAsync(string topic, string group, string consumer, Func<ReadOnlyMemory<byte>, CancellationToken, Task<bool>> handler, CancellationToken cancellationToken);
}
