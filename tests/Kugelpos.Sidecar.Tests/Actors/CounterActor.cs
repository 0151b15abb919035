using Dapr.Actors;
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
    public async Task<string?> ReadAsync(string key)
    {
        var found = await StateManager.TryGetStateAsync<string>(key);
        return found.HasValue ? found.Value : null;
    }

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

    /// <inheritdoc />
    public Task RemindRepeatedlyAsync(string name, int dueMilliseconds, int periodMilliseconds, int repetitions) =>
        RegisterReminderAsync(name, [1, 2, 3], TimeSpan.FromMilliseconds(dueMilliseconds), TimeSpan.FromMilliseconds(periodMilliseconds), repetitions);

    /// <inheritdoc />
    public Task RemindUntilAsync(string name, int dueMilliseconds, int periodMilliseconds, int ttlMilliseconds) =>
        RegisterReminderAsync(name, [1, 2, 3], TimeSpan.FromMilliseconds(dueMilliseconds), TimeSpan.FromMilliseconds(periodMilliseconds), TimeSpan.FromMilliseconds(ttlMilliseconds));

    /// <inheritdoc />
    public async Task<string> DescribeReminderAsync(string name)
    {
        var reminder = await GetReminderAsync(name);
        return reminder is null
            ? "none"
            : FormattableString.Invariant($"{reminder.DueTime}|{reminder.Period}|{Convert.ToBase64String(reminder.State)}");
    }

    /// <inheritdoc />
    public Task ForgetReminderAsync(string name) => UnregisterReminderAsync(name);

    /// <inheritdoc />
    public async Task<string> ChainAsync(string partnerId, int innerTimeoutMilliseconds)
    {
        probe.Entered(Id.GetId());
        var partner = ProxyFactory.CreateActorProxy<ICounterActor>(new ActorId(partnerId), TypeName);
        return await partner.CallBackAsync(Id.GetId(), innerTimeoutMilliseconds);
    }

    /// <inheritdoc />
    public async Task<string> CallBackAsync(string callerId, int timeoutMilliseconds)
    {
        probe.Entered(Id.GetId());
        using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(timeoutMilliseconds));
        try
        {
            var entries = await ProxyFactory.Create(new ActorId(callerId), TypeName).InvokeMethodAsync<int>(nameof(ReenterAsync), timeout.Token);
            return FormattableString.Invariant($"reentered {entries}");
        }
        catch (OperationCanceledException)
        {
            // Read while the outer call into the caller still runs. The SDK app would hold the call
            // back too, so what counts is whether the sidecar forwarded it to the app at all.
            var forwarded = probe.AppRequests.Count(r => r.Path.EndsWith($"/{callerId}/method/{nameof(ReenterAsync)}", StringComparison.Ordinal));
            return FormattableString.Invariant($"waited {probe.Entries(callerId)} {forwarded}");
        }
    }

    /// <inheritdoc />
    public Task<int> ReenterAsync() => Task.FromResult(probe.Entered(Id.GetId()));

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
