using Dapr.Actors.Runtime;
using Kugelpos.Dapr.Outbox;
using Moq;

namespace Kugelpos.Dapr.Tests.Outbox;

/// <summary>
/// An actor state manager holding only the outbox key, as the runtime's cache would between
/// saves; Moq stands in until the shared in-memory state manager fake is in Kugelpos.Testing.
/// </summary>
internal sealed class OutboxStateStub
{
    public OutboxStateStub()
    {
        Manager
            .Setup(m => m.TryGetStateAsync<List<OutboxEntry>>(ActorOutbox.StateKey, It.IsAny<CancellationToken>()))
            .ReturnsAsync(() => Stored is null ? new ConditionalValue<List<OutboxEntry>>() : new ConditionalValue<List<OutboxEntry>>(true, [.. Stored]));
        Manager
            .Setup(m => m.SetStateAsync(ActorOutbox.StateKey, It.IsAny<List<OutboxEntry>>(), It.IsAny<CancellationToken>()))
            .Callback<string, List<OutboxEntry>, CancellationToken>((_, entries, _) => Stored = [.. entries])
            .Returns(Task.CompletedTask);
        Manager
            .Setup(m => m.TryRemoveStateAsync(ActorOutbox.StateKey, It.IsAny<CancellationToken>()))
            .Callback(() => Stored = null)
            .ReturnsAsync(true);
    }

    public Mock<IActorStateManager> Manager { get; } = new(MockBehavior.Strict);

    /// <summary>What the outbox key holds; null when absent.</summary>
    public List<OutboxEntry>? Stored { get; private set; }
}
