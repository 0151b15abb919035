using Kugelpos.DocumentStore;
using Kugelpos.DocumentStore.Queries;
using Kugelpos.ServiceDefaults.Errors;
using Kugelpos.Stock.Alerts;

namespace Kugelpos.Stock.Stocks;

/// <summary>
/// Every write to a stock record: quantity changes with their history, and the minimum and reorder
/// settings. Each write replaces the record only at the version it read (the store's atomic
/// <c>ReplaceIfAsync</c>), re-reading and re-applying when another write came in between, so concurrent
/// changes of one item all land. A change is applied once per id: its id is kept in the record it
/// moved, in the same replace, and names its history record. The changes of one record that come in
/// together are applied in one replace (<see cref="StockChangeBatches{TResult}"/>).
/// </summary>
internal sealed partial class StockLedger(StockDatabase database, StockAlerts alerts, TimeProvider time, ILogger<StockLedger> logger)
{
    /// <summary>How many applied changes a record remembers; an older one is recognised by its history record.</summary>
    public const int RememberedChanges = 50;

    /// <summary>How often a write is retried after losing to another write of the same record.</summary>
    public const int WriteAttempts = 100;

    private readonly StockChangeBatches<(AppliedChange Applied, StockDocument? Changed)> _batches = new();

    /// <summary>
    /// Applies <paramref name="change"/> once, creating the record when the item has none; a change
    /// applied before answers its history record again and changes nothing. Alerts follow a fresh change.
    /// </summary>
    public async Task<StockApplied> ApplyAsync(string tenantId, StockChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var updates = database.Updates(tenantId);
        if (await updates.GetAsync(change.ChangeId, cancellationToken) is { } recorded)
        {
            return new StockApplied(recorded, null);
        }

        // The batch's write is shared with other callers, so no one caller's cancellation stops it.
        var (applied, stock) = await _batches.ApplyAsync(
            $"{tenantId}\n{change.Key.Id}",
            change,
            async changes => (await WriteAsync(tenantId, change.Key, current => ApplyAll(current, changes), CancellationToken.None)).Result,
            cancellationToken);
        var record = Record(change, applied);
        await updates.UpsertAsync(record, cancellationToken);
        if (stock is not null)
        {
            if (applied.After < 0)
            {
                // Allowed (a sale is never refused for want of stock), but worth a look, as in the original.
                LogNegative(logger, change.Key.ItemCode, change.Key.StoreCode, applied.Before, applied.After);
            }

            await alerts.CheckAsync(tenantId, stock, cancellationToken);
        }

        return new StockApplied(record, stock);
    }

    /// <summary>Changes the settings of the item's record (made, empty, when it has none) and answers the record.</summary>
    public async Task<StockDocument> ChangeSettingsAsync(
        string tenantId, StockKey key, Func<StockDocument, StockDocument> change, CancellationToken cancellationToken)
    {
        var (_, stock) = await WriteAsync(tenantId, key, current => (0, change(current) with { Version = current.Version + 1 }), cancellationToken);
        return stock!;
    }

    // Applies the changes in order, each on the record as the one before left it; the record to write
    // is the last one changed, null when every change had been applied before.
    private (IReadOnlyList<(AppliedChange Applied, StockDocument? Changed)> Results, StockDocument? Changed) ApplyAll(
        StockDocument current, IReadOnlyList<StockChange> changes)
    {
        var results = new List<(AppliedChange Applied, StockDocument? Changed)>(changes.Count);
        StockDocument? written = null;
        foreach (var change in changes)
        {
            var (applied, changed) = Apply(written ?? current, change);
            results.Add((applied, changed));
            written = changed ?? written;
        }

        return (results, written);
    }

    // The record after the change carries the change's own version, so each change of a batch has one.
    private (AppliedChange Applied, StockDocument? Changed) Apply(StockDocument current, StockChange change)
    {
        if (current.RecentChanges.FirstOrDefault(c => c.ChangeId == change.ChangeId) is { } before)
        {
            return (before, null);
        }

        var now = time.GetUtcNow();
        var applied = new AppliedChange(change.ChangeId, current.CurrentQuantity, current.CurrentQuantity + change.Quantity, current.Version + 1, now);
        return (applied, current with
        {
            CurrentQuantity = applied.After,
            Version = applied.Version,
            LastTransactionId = change.ReferenceId,
            UpdatedAt = now,
            RecentChanges = [.. current.RecentChanges.TakeLast(RememberedChanges - 1), applied],
        });
    }

    // Runs change on the stored record (or a new one) until its write lands; a null record means nothing to write.
    private async Task<(T Result, StockDocument? Written)> WriteAsync<T>(
        string tenantId, StockKey key, Func<StockDocument, (T Result, StockDocument? Changed)> change, CancellationToken cancellationToken)
    {
        var stocks = database.Stocks(tenantId);
        for (var attempt = 1; attempt <= WriteAttempts; attempt++)
        {
            var stored = await stocks.GetAsync(key.Id, cancellationToken);
            var (result, changed) = change(stored ?? StockDocument.New(key, time.GetUtcNow()));
            if (changed is null)
            {
                return (result, null);
            }

            if (stored is null)
            {
                try
                {
                    await stocks.InsertAsync(changed, cancellationToken);
                    return (result, changed);
                }
                catch (DuplicateKeyException)
                {
                    // Another write made the record first: apply the change to that one.
                    continue;
                }
            }

            if (await stocks.ReplaceIfAsync(changed, DocumentFilter.Eq(nameof(StockDocument.Version), stored.Version), cancellationToken))
            {
                return (result, changed);
            }
        }

        throw new KugelposException(
            StatusCodes.Status409Conflict,
            StockErrorCodes.StockUpdateConflict,
            $"Stock of item {key.ItemCode} in store {key.StoreCode} kept changing under this update ({WriteAttempts} attempts); try again",
            "item_code");
    }

    private static StockUpdateDocument Record(StockChange change, AppliedChange applied) => new()
    {
        Id = change.ChangeId,
        StoreCode = change.Key.StoreCode,
        ItemCode = change.Key.ItemCode,
        UpdateType = change.UpdateType,
        QuantityChange = change.Quantity,
        BeforeQuantity = applied.Before,
        AfterQuantity = applied.After,
        ReferenceId = change.ReferenceId,
        Timestamp = applied.At,
        OperatorId = change.OperatorId,
        Note = change.Note,
        StockVersion = applied.Version,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stock of item {ItemCode} in store {StoreCode} goes negative: {Before} to {After}")]
    private static partial void LogNegative(ILogger logger, string itemCode, string storeCode, decimal before, decimal after);
}
