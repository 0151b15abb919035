namespace Kugelpos.Sidecar.PubSub;

/// <summary>
/// A wake-up call for idle stream readers: <see cref="Signal"/> completes <see cref="Next"/>.
/// A reader takes <see cref="Next"/> before it looks for work, so a signal that arrives while it
/// looks is not missed.
/// </summary>
public sealed class StreamWake
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Wakes everyone waiting now.</summary>
    public void Signal() => Interlocked.Exchange(ref _next, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    /// <summary>Completes at the next signal.</summary>
    public Task Next => Volatile.Read(ref _next).Task;

    /// <summary>Waits for <paramref name="signal"/>, at most <paramref name="timeout"/> on <paramref name="time"/>.</summary>
    public static async Task WaitAsync(Task signal, TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        using var delay = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var sleeping = Task.Delay(timeout, time, delay.Token);
        await Task.WhenAny(sleeping, signal);
        await delay.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
    }
}
