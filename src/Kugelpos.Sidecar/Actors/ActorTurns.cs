namespace Kugelpos.Sidecar.Actors;

/// <summary>
/// The turn locks of one host's actors, keyed by <c>type||id</c>. A lock exists only while
/// someone holds or awaits it, so idle actors cost nothing.
/// </summary>
internal sealed class ActorTurns
{
    private readonly Dictionary<string, TurnLock> _locks = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>How many actors have a lock right now (for tests).</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _locks.Count;
            }
        }
    }

    /// <summary>Waits for the actor's turn; dispose the result to pass it on.</summary>
    /// <exception cref="DaprApiException">The holder's chain is already as deep as it may go.</exception>
    public async Task<ActorTurn> EnterAsync(string key, ReentrancyChain? chain, CancellationToken cancellationToken)
    {
        TurnLock? turnLock;
        lock (_gate)
        {
            if (!_locks.TryGetValue(key, out turnLock))
            {
                turnLock = new TurnLock();
                _locks[key] = turnLock;
            }

            turnLock.Users++;
        }

        try
        {
            await turnLock.EnterAsync(chain, cancellationToken);
        }
        catch (Exception e) when (e is OperationCanceledException or DaprApiException)
        {
            Forget(key, turnLock);
            throw;
        }

        return new ActorTurn(this, key, turnLock);
    }

    /// <summary>Passes the turn on and drops the lock when nobody else wants it.</summary>
    internal void Exit(string key, TurnLock turnLock)
    {
        turnLock.Exit();
        Forget(key, turnLock);
    }

    private void Forget(string key, TurnLock turnLock)
    {
        lock (_gate)
        {
            if (--turnLock.Users == 0)
            {
                _locks.Remove(key);
            }
        }
    }
}
