using System.Collections.Concurrent;
using System.Threading.Channels;
using Kugelpos.Dapr.Subscriptions;

namespace Kugelpos.Dapr.Tests.Subscriptions;

/// <summary>
/// What <see cref="ScriptedCashlogHandler"/> answers, in order (a success once the script runs
/// out), and every event id it was handed, in arrival order.
/// </summary>
public sealed class HandlerScript
{
    private readonly ConcurrentQueue<Func<SubscriptionOutcome>> _answers = new();

    public Channel<Guid> Handled { get; } = Channel.CreateUnbounded<Guid>();

    /// <summary>Queues the next answers.</summary>
    public HandlerScript Then(params SubscriptionOutcome[] outcomes)
    {
        foreach (var outcome in outcomes)
        {
            _answers.Enqueue(() => outcome);
        }

        return this;
    }

    /// <summary>Queues an exception as the next answer.</summary>
    public HandlerScript ThenThrow()
    {
        _answers.Enqueue(() => throw new InvalidOperationException("handler broke"));
        return this;
    }

    internal SubscriptionOutcome Next(Guid eventId)
    {
        Handled.Writer.TryWrite(eventId);
        return _answers.TryDequeue(out var answer) ? answer() : SubscriptionOutcome.Success;
    }

    /// <summary>The next handled event id, failing the test when none comes in time.</summary>
    public async Task<Guid> NextAsync() => await Handled.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(20));
}
