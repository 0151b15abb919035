using System.Collections.Concurrent;

namespace Kugelpos.Dapr.Tests.Outbox;

/// <summary>What the publisher's delivery-status endpoint received, in order.</summary>
internal sealed class DeliveryStatusInbox
{
    public ConcurrentQueue<ReceivedStatus> Received { get; } = new();
}
