namespace Kugelpos.Sidecar.Actors;

/// <summary>
/// One actor's turn: a strictly FIFO async lock (SemaphoreSlim does not promise FIFO), which a
/// call of the holder's own reentrancy chain may enter again.
/// </summary>
internal sealed class TurnLock
{
    private readonly Lock _gate = new();
    private readonly Queue<Waiter> _waiters = new();
    private string? _holderChain;
    private int _depth;

    /// <summary>Callers holding or awaiting this lock; guarded by <see cref="ActorTurns"/>.</summary>
    public int Users { get; set; }

    /// <summary>Waits for the turn; <paramref name="reentrancyId"/> enters at once if it is the holder's chain.</summary>
    public Task EnterAsync(string? reentrancyId, CancellationToken cancellationToken)
    {
        Waiter waiter;
        lock (_gate)
        {
            if (_depth == 0)
            {
                _depth = 1;
                _holderChain = reentrancyId;
                return Task.CompletedTask;
            }

            if (reentrancyId is not null && string.Equals(reentrancyId, _holderChain, StringComparison.Ordinal))
            {
                _depth++;
                return Task.CompletedTask;
            }

            waiter = new Waiter(reentrancyId);
            _waiters.Enqueue(waiter);
        }

        if (cancellationToken.CanBeCanceled)
        {
            // A cancelled waiter stays queued; Exit skips it because it can no longer be completed.
            var registration = cancellationToken.Register(() => waiter.Turn.TrySetCanceled(cancellationToken));
            _ = waiter.Turn.Task.ContinueWith(_ => registration.Dispose(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }

        return waiter.Turn.Task;
    }

    /// <summary>Leaves one level; the outermost exit hands the turn to the oldest live waiter.</summary>
    public void Exit()
    {
        lock (_gate)
        {
            if (--_depth > 0)
            {
                return;
            }

            while (_waiters.TryDequeue(out var next))
            {
                if (next.Turn.TrySetResult())
                {
                    _depth = 1;
                    _holderChain = next.ReentrancyId;
                    return;
                }
            }

            _depth = 0;
            _holderChain = null;
        }
    }

    private sealed class Waiter(string? reentrancyId)
    {
        public string? ReentrancyId { get; } = reentrancyId;

        public TaskCompletionSource Turn { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
