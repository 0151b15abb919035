using Dapr.Actors;

namespace Kugelpos.Sidecar.Tests.Actors;

/// <summary>The remoting interface of the test actor.</summary>
public interface ICounterActor : IActor
{
    /// <summary>Adds one to the persisted count and returns it.</summary>
    Task<int> IncrementAsync();

    /// <summary>Saves <paramref name="value"/> under <paramref name="key"/> with a TTL.</summary>
    Task SaveWithTtlAsync(string key, string value, int seconds);

    /// <summary>Records how many calls are inside the actor at once; returns this call's sequence number.</summary>
    Task<int> TrackedAsync();

    /// <summary>Waits until two actors are inside <see cref="BarrierAsync"/> at once.</summary>
    Task BarrierAsync();

    /// <summary>Registers a reminder due after <paramref name="dueMilliseconds"/>.</summary>
    Task RemindAsync(string name, int dueMilliseconds);

    /// <summary>Registers a timer due after <paramref name="dueMilliseconds"/>.</summary>
    Task StartTimerAsync(string name, int dueMilliseconds);
}
