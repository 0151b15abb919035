using System.Collections.Concurrent;
using LiteDB;

namespace Kugelpos.DocumentStore.LiteDb;

/// <summary>
/// The one way into a LiteDB file for writes: one writer at a time, so read-modify-write steps
/// such as increments are atomic within the process, and group commit, so writes that queued up
/// while another was committing share one transaction.
/// </summary>
/// <remarks>
/// LiteDB flushes its log to disk on every commit. On our machines that takes about 19 ms, so one
/// commit per write capped every tenant's file at about 50 writes a second, and a store's bills
/// queued behind each other's. The writer that gets the gate runs every queued write, in order, in
/// one transaction, and answers each caller after the commit, so a caller still learns of its write
/// only once it is on disk. Should any write of a batch fail, LiteDB has undone the transaction (or
/// it is undone here) before anything was committed, and every write of the batch runs again alone,
/// in the same order, each answering its own result or failure: exactly as if they had never shared.
/// </remarks>
internal sealed class LiteDbWriteQueue(LiteDatabase database) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ConcurrentQueue<LiteDbQueuedWrite> _queued = new();

    /// <summary>Runs <paramref name="write"/> as the only writer and answers once it is committed.</summary>
    public async Task<TResult> WriteAsync<TResult>(Func<TResult> write, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var queued = new LiteDbQueuedWriteOf<TResult>(write);
        _queued.Enqueue(queued);
        var holding = false;
        try
        {
            await _gate.WaitAsync(cancellationToken);
            holding = true;
        }
        catch (OperationCanceledException) when (!queued.TryCancel())
        {
            // Another writer already took this write: its outcome stands, cancelled or not.
        }

        if (holding)
        {
            try
            {
                RunQueued();
            }
            finally
            {
                _gate.Release();
            }
        }

        return await queued.Task;
    }

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();

    // Holding the gate: this caller's own write is in the queue unless an earlier writer ran it.
    private void RunQueued()
    {
        var batch = new List<LiteDbQueuedWrite>();
        while (_queued.TryDequeue(out var next))
        {
            if (next.TryTake())
            {
                batch.Add(next);
            }
        }

        if (batch.Count == 1)
        {
            batch[0].RunAlone();
        }
        else if (batch.Count > 1)
        {
            RunTogether(batch);
        }
    }

    private void RunTogether(List<LiteDbQueuedWrite> batch)
    {
        if (!database.BeginTrans())
        {
            RunEachAlone(batch);
            return;
        }

        try
        {
            foreach (var write in batch)
            {
                write.Execute();
            }

            database.Commit();
        }
#pragma warning disable CA1031 // The writes run again alone, and each caller gets its own failure there.
        catch (Exception)
#pragma warning restore CA1031
        {
            // A failing LiteDB call has rolled the transaction back already; a failure of our own has not.
            database.Rollback();
            RunEachAlone(batch);
            return;
        }

        foreach (var write in batch)
        {
            write.Complete();
        }
    }

    private static void RunEachAlone(List<LiteDbQueuedWrite> batch)
    {
        foreach (var write in batch)
        {
            write.RunAlone();
        }
    }
}
