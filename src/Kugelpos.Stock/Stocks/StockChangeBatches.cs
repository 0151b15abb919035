namespace Kugelpos.Stock.Stocks;

/// <summary>
/// Changes of one stock record, taken one write at a time: the changes that come in while a write of
/// the record is under way wait, and the next write applies all of them in one replace.
/// </summary>
/// <remarks>
/// Each write of a record replaces it only at the version it read. Written one change at a time, the
/// changes of a popular item that arrive together (every till selling it) all read one version, one
/// lands and the others read again and retry, so the item moved by one change per flush of the
/// store, however many waited: a few dozen a second, the ceiling of every sale that has the item.
/// Batched, a flush carries every change waiting for the record. Each change still gets its own
/// version, history record and alert, in the order the changes came, and a batch whose write fails
/// fails each of its changes, whose callers retry them.
/// </remarks>
/// <typeparam name="TResult">What the write answers for each change.</typeparam>
internal sealed class StockChangeBatches<TResult>
{
    private readonly Lock _gate = new();

    // A key present means a write of that record is under way; its list holds the changes waiting for the next one.
    private readonly Dictionary<string, List<(StockChange Change, TaskCompletionSource<TResult> Result)>> _waiting = new(StringComparer.Ordinal);

    /// <summary>
    /// Applies <paramref name="change"/> to the record named by <paramref name="recordKey"/> with the
    /// next call of <paramref name="write"/> for that record, which takes every change then waiting and
    /// answers one result per change, in their order.
    /// </summary>
    public Task<TResult> ApplyAsync(
        string recordKey, StockChange change, Func<IReadOnlyList<StockChange>, Task<IReadOnlyList<TResult>>> write, CancellationToken cancellationToken)
    {
        var waiting = (change, new TaskCompletionSource<TResult>(TaskCreationOptions.RunContinuationsAsynchronously));
        lock (_gate)
        {
            if (_waiting.TryGetValue(recordKey, out var queue))
            {
                queue.Add(waiting);
                return waiting.Item2.Task.WaitAsync(cancellationToken);
            }

            _waiting[recordKey] = [];
        }

        // This caller writes: its own change first, then whatever came in meanwhile, until none waits.
        _ = WriteAllAsync(recordKey, [waiting], write);
        return waiting.Item2.Task.WaitAsync(cancellationToken);
    }

    // Never throws: every outcome, failures included, goes to the callers waiting for it.
    private async Task WriteAllAsync(
        string recordKey, List<(StockChange Change, TaskCompletionSource<TResult> Result)> batch, Func<IReadOnlyList<StockChange>, Task<IReadOnlyList<TResult>>> write)
    {
        while (batch.Count > 0)
        {
            try
            {
                var results = await write([.. batch.Select(w => w.Change)]);
                for (var i = 0; i < batch.Count; i++)
                {
                    batch[i].Result.TrySetResult(results[i]);
                }
            }
#pragma warning disable CA1031 // Each caller of the batch gets the failure and retries its change.
            catch (Exception e)
#pragma warning restore CA1031
            {
                foreach (var waiting in batch)
                {
                    waiting.Result.TrySetException(e);
                }
            }

            lock (_gate)
            {
                batch = _waiting[recordKey];
                if (batch.Count == 0)
                {
                    _waiting.Remove(recordKey);
                }
                else
                {
                    _waiting[recordKey] = [];
                }
            }
        }
    }
}
