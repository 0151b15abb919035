using Dapr.Actors.Runtime;

namespace Kugelpos.Sidecar.Tests.Actors;

/// <summary>The test actor, hosted by the test app through the real Dapr.Actors runtime.</summary>
public sealed class CounterActor(ActorHost host, ActorProbe probe) : Actor(host), ICounterActor, IRemindable
{
    /// <summary>The actor type name the SDK registers.</summary>
    public const string TypeName = nameof(CounterActor);

    private int _calls;

    /// <inheritdoc />
    public async Task<int> IncrementAsync()
    {
        var count = await StateManager.GetOrAddStateAsync("count", 0) + 1;
        await StateManager.SetStateAsync("count", count);
        return count;
    }

    /// <inheritdoc />
    public Task SaveWithTtlAsync(string key, string value, int seconds) =>
        StateManager.SetStateAsync(key, value, TimeSpan.FromSeconds(seconds));

    /// <inheritdoc />
    public async Task<int> TrackedAsync()
    {
        probe.Enter();
        try
        {
            // Gives an overlapping call (if the sidecar let one in) time to be seen.
            await Task.Delay(1);
            return ++_calls;
        }
        finally
        {
            probe.Exit();
        }
    }

    /// <inheritdoc />
    public Task BarrierAsync() => probe.ArriveAsync();

    /// <inheritdoc />
    public Task RemindAsync(string name, int dueMilliseconds) =>
        RegisterReminderAsync(name, [1, 2, 3], TimeSpan.FromMilliseconds(dueMilliseconds), TimeSpan.FromHours(1));

    /// <inheritdoc />
    public Task StartTimerAsync(string name, int dueMilliseconds) =>
        RegisterTimerAsync(name, nameof(OnTimerAsync), [4, 5], TimeSpan.FromMilliseconds(dueMilliseconds), TimeSpan.FromHours(1));

    /// <summary>The timer callback.</summary>
    public Task OnTimerAsync(byte[] data)
    {
        probe.Timers.Writer.TryWrite($"{Id}/{data.Length}");
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task ReceiveReminderAsync(string reminderName, byte[] state, TimeSpan dueTime, TimeSpan period)
    {
        probe.Reminders.Writer.TryWrite($"{Id}/{reminderName}/{state.Length}");
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    protected override Task OnDeactivateAsync()
    {
        probe.Deactivated.Writer.TryWrite(Id.GetId());
        return Task.CompletedTask;
    }
}
