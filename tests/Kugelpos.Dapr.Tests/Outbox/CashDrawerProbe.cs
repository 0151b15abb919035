using System.Threading.Channels;
using Kugelpos.Dapr.Outbox;

namespace Kugelpos.Dapr.Tests.Outbox;

/// <summary>What <see cref="CashDrawerActor"/>'s relay left pending after each run, in order.</summary>
public sealed class CashDrawerProbe
{
    public Channel<IReadOnlyList<OutboxEntry>> Relays { get; } = Channel.CreateUnbounded<IReadOnlyList<OutboxEntry>>();

    /// <summary>What the next relay run left, failing the test when none runs in time.</summary>
    public async Task<IReadOnlyList<OutboxEntry>> NextRelayAsync() =>
        await Relays.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));
}
