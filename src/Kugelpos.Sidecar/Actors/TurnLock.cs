namespace Kugelpos.Sidecar.Actors;

/// <summary>
/// One actor's turn: a strictly FIFO async lock (SemaphoreSlim does not promise FIFO), which a
/// call of the holder's own reentrancy chain may enter again, up to the chain's stack depth.
/// </summary>
internal sealed class TurnLock
{
    private readonly Lock _gate = new();
    private readonly Queue<Waiter> _waiters = new();
    private string? _holderChain;
    private int _depth;

    /// <summary>Callers holding or awaiting this lock; guarded by <see cref="ActorTurns"/>.</summary>
    public int Users { get; set; }

    /// <summary>Waits for the turn; the holder's own <paramref name="chain"/> enters at once.</summary>
    /// <exception cref="DaprApiException">The holder's chain is already as deep as it may go (<c>ERR_ACTOR_STACK_DEPTH</c>).</exception>
    public Task EnterAsync(ReentrancyChain? chain, CancellationToken cancellationToken)
    {
        Waiter waiter;
        lock (_gate)
        {
            if (_depth == 0)
            {
                _depth = 1;
                _holderChain = chain?.Id;
                return Task.CompletedTask;
            }

            if (chain is not null && string.Equals(chain.Id, _holderChain, StringComparison.Ordinal))
            {
                // daprd counts the outer call as depth 1 and refuses the entry that would pass
                // maxStackDepth (pkg/actors/targets/app/lock/lock.go, handleLock:
                // messages.ErrActorMaxStackDepthExceeded). Unlike daprd, the refused entry leaves
                // the depth as it was, so the chain's own exits still free the turn.
                if (_depth >= chain.MaxStackDepth)
                {
                    throw ActorErrors.StackDepthExceeded();
                }

                _depth++;
                return Task.CompletedTask;
            }

            waiter = new Waiter(chain?.Id);
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
