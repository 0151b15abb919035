namespace Kugelpos.Sidecar.Actors;

/// <summary>A scheduled reminder or timer and the clock timer that fires it next.</summary>
internal sealed class JobSlot(ActorJob job) : IDisposable
{
    /// <summary>Guards re-arming against deletion.</summary>
    public Lock Gate { get; } = new();

    /// <summary>The job as it stands (its next firing).</summary>
    public ActorJob Job { get; set; } = job;

    /// <summary>The clock timer, replaced on each re-arm.</summary>
    public ITimer? Timer { get; set; }

    /// <summary>Set once deleted or replaced; a pending firing then does nothing.</summary>
    public bool Cancelled { get; private set; }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (Gate)
        {
            Cancelled = true;
            Timer?.Dispose();
        }
    }
}
