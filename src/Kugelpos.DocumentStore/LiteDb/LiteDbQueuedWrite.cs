namespace Kugelpos.DocumentStore.LiteDb;

/// <summary>
/// One write waiting in a <see cref="LiteDbWriteQueue"/>: run in a shared transaction and completed
/// after its commit, or run alone; cancelled only while nobody has taken it yet.
/// </summary>
internal abstract class LiteDbQueuedWrite
{
    private const int Waiting = 0;
    private const int Taken = 1;
    private const int Cancelled = 2;

    private int _state = Waiting;

    /// <summary>Claims the write for running; false when its caller gave up first.</summary>
    public bool TryTake() => Interlocked.CompareExchange(ref _state, Taken, Waiting) == Waiting;

    /// <summary>Gives the write up; false when it was already taken, so its outcome must be awaited.</summary>
    public bool TryCancel() => Interlocked.CompareExchange(ref _state, Cancelled, Waiting) == Waiting;

    /// <summary>Runs the write inside the caller's transaction, keeping its result until <see cref="Complete"/>.</summary>
    public abstract void Execute();

    /// <summary>Hands the kept result to the waiting caller, once the transaction is committed.</summary>
    public abstract void Complete();

    /// <summary>Runs the write in a transaction of its own and hands its result or failure to the caller.</summary>
    public abstract void RunAlone();
}
