namespace Kugelpos.DocumentStore.LiteDb;

/// <summary>A <see cref="LiteDbQueuedWrite"/> that answers a <typeparamref name="TResult"/>.</summary>
/// <param name="write">The write, run on the thread that holds the database's transaction.</param>
internal sealed class LiteDbQueuedWriteOf<TResult>(Func<TResult> write) : LiteDbQueuedWrite
{
    // Continuations run on their own, not on the thread that goes on committing other writes.
    private readonly TaskCompletionSource<TResult> _outcome = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TResult? _result;

    /// <summary>The write's outcome.</summary>
    public Task<TResult> Task => _outcome.Task;

    public override void Execute() => _result = write();

    public override void Complete() => _outcome.TrySetResult(_result!);

    public override void RunAlone()
    {
        try
        {
            _outcome.TrySetResult(write());
        }
#pragma warning disable CA1031 // Whatever the write throws belongs to its caller, who awaits it.
        catch (Exception e)
#pragma warning restore CA1031
        {
            _outcome.TrySetException(e);
        }
    }
}
