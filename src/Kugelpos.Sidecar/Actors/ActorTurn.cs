namespace Kugelpos.Sidecar.Actors;

/// <summary>A held actor turn; disposing it lets the next call in.</summary>
internal sealed class ActorTurn(ActorTurns owner, string key, TurnLock turnLock) : IDisposable
{
    private int _disposed;

    /// <inheritdoc />
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            owner.Exit(key, turnLock);
        }
    }
}
