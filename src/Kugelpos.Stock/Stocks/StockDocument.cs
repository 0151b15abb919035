using Kugelpos.DocumentStore;

namespace Kugelpos.Stock.Stocks;

/// <summary>
/// The stock of one item in one store (the original's <c>StockDocument</c>), with a version for
/// optimistic concurrency and the changes applied last, which make a repeated change a no-op.
/// </summary>
internal sealed record StockDocument : IDocument
{
    /// <summary><see cref="StockKey.Id"/>.</summary>
    public required string Id { get; init; }

    public required string StoreCode { get; init; }

    public required string ItemCode { get; init; }

    /// <summary>May go below zero: a sale is never refused for want of stock (backorders).</summary>
    public decimal CurrentQuantity { get; init; }

    public decimal MinimumQuantity { get; init; }

    public decimal ReorderPoint { get; init; }

    public decimal ReorderQuantity { get; init; }

    public string? LastTransactionId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Bumped by every change (a write of several changes bumps it once for each); a write only lands on the version it read.</summary>
    public long Version { get; init; }

    /// <summary>
    /// The last <see cref="StockLedger.RememberedChanges"/> changes, written in the same replace as the
    /// quantity they moved, so a change delivered again finds itself here even when it crashed before
    /// its history record was written.
    /// </summary>
    public IReadOnlyList<AppliedChange> RecentChanges { get; init; } = [];

    /// <summary>Whether the stock is at or below its reorder point (one is set).</summary>
    public bool NeedsReorder => ReorderPoint > 0 && CurrentQuantity <= ReorderPoint;

    /// <summary>Whether the stock is below its minimum, as the original's low-stock list (any minimum).</summary>
    public bool IsLow => CurrentQuantity < MinimumQuantity;

    /// <summary>Whether the stock is below a minimum that is set, as the original's minimum alert.</summary>
    public bool IsBelowSetMinimum => MinimumQuantity > 0 && CurrentQuantity < MinimumQuantity;

    /// <summary>A new record with nothing in stock and nothing set.</summary>
    public static StockDocument New(StockKey key, DateTimeOffset now) => new()
    {
        Id = key.Id,
        StoreCode = key.StoreCode,
        ItemCode = key.ItemCode,
        CreatedAt = now,
        UpdatedAt = now,
    };
}
