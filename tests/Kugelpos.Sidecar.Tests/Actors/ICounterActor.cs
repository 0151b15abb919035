using Dapr.Actors;

namespace Kugelpos.Sidecar.Tests.Actors;

/// <summary>The remoting interface of the test actor.</summary>
public interface ICounterActor : IActor
{
    /// <summary>Adds one to the persisted count and returns it.</summary>
    Task<int> IncrementAsync();

    /// <summary>Saves <paramref name="value"/> under <paramref name="key"/> with a TTL.</summary>
    Task SaveWithTtlAsync(string key, string value, int seconds);

    /// <summary>The value under <paramref name="key"/> as the actor's state manager sees it; null when it sees none.</summary>
    Task<string?> ReadAsync(string key);

    /// <summary>Records how many calls are inside the actor at once; returns this call's sequence number.</summary>
    Task<int> TrackedAsync();

    /// <summary>Waits until two actors are inside <see cref="BarrierAsync"/> at once.</summary>
    Task BarrierAsync();

    /// <summary>Registers a reminder due after <paramref name="dueMilliseconds"/>.</summary>
    Task RemindAsync(string name, int dueMilliseconds);

    /// <summary>Registers a timer due after <paramref name="dueMilliseconds"/>.</summary>
    Task StartTimerAsync(string name, int dueMilliseconds);

    /// <summary>Registers a reminder that fires <paramref name="repetitions"/> times (period <c>R{n}/...</c>).</summary>
    Task RemindRepeatedlyAsync(string name, int dueMilliseconds, int periodMilliseconds, int repetitions);

    /// <summary>Registers a periodic reminder that ends after <paramref name="ttlMilliseconds"/>.</summary>
    Task RemindUntilAsync(string name, int dueMilliseconds, int periodMilliseconds, int ttlMilliseconds);

    /// <summary>Reads a reminder back through the SDK: <c>dueTime|period|base64 state</c>, or <c>none</c>.</summary>
    Task<string> DescribeReminderAsync(string name);

    /// <summary>Unregisters a reminder through the SDK.</summary>
    Task ForgetReminderAsync(string name);

    /// <summary>Calls <paramref name="partnerId"/>'s <see cref="CallBackAsync"/>, which calls this actor back.</summary>
    Task<string> ChainAsync(string partnerId, int innerTimeoutMilliseconds);

    /// <summary>Calls <paramref name="callerId"/>'s <see cref="ReenterAsync"/>, giving up after the timeout.</summary>
    Task<string> CallBackAsync(string callerId, int timeoutMilliseconds);

    /// <summary>Enters the actor once more; returns how often the chain entered it.</summary>
    Task<int> ReenterAsync();
}
