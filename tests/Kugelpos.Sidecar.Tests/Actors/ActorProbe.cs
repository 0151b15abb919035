using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Kugelpos.Sidecar.Tests.Actors;

/// <summary>What the test app's actors report to the test: concurrency, firings, deactivations.</summary>
public sealed class ActorProbe
{
    private readonly ConcurrentDictionary<string, int> _entries = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource _bothArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _current;
    private int _max;
    private int _arrived;

    /// <summary>The most calls seen inside one actor at once.</summary>
    public int MaxConcurrent => Volatile.Read(ref _max);

    /// <summary>"{id}/{name}" of each reminder that fired.</summary>
    public Channel<string> Reminders { get; } = Channel.CreateUnbounded<string>();

    /// <summary>"{id}/{name}" of each timer that fired.</summary>
    public Channel<string> Timers { get; } = Channel.CreateUnbounded<string>();

    /// <summary>Ids of deactivated actors.</summary>
    public Channel<string> Deactivated { get; } = Channel.CreateUnbounded<string>();

    /// <summary>Every request the sidecar made to the app, in arrival order.</summary>
    public ConcurrentQueue<AppRequest> AppRequests { get; } = new();

    /// <summary>Counts one more entry into actor <paramref name="id"/>'s call chain; returns the count.</summary>
    public int Entered(string id) => _entries.AddOrUpdate(id, 1, (_, n) => n + 1);

    /// <summary>How often a call chain entered actor <paramref name="id"/>.</summary>
    public int Entries(string id) => _entries.GetValueOrDefault(id);

    /// <summary>A call entered.</summary>
    public void Enter()
    {
        var now = Interlocked.Increment(ref _current);
        int seen;
        while (now > (seen = Volatile.Read(ref _max)) && Interlocked.CompareExchange(ref _max, now, seen) != seen)
        {
        }
    }

    /// <summary>A call left.</summary>
    public void Exit() => Interlocked.Decrement(ref _current);

    /// <summary>Arrives at the two-party barrier and waits for the other party.</summary>
    public Task ArriveAsync()
    {
        if (Interlocked.Increment(ref _arrived) == 2)
        {
            _bothArrived.TrySetResult();
        }

        return _bothArrived.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
