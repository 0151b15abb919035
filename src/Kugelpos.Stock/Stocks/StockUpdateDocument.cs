using Kugelpos.DocumentStore;

namespace Kugelpos.Stock.Stocks;

/// <summary>One change of a quantity in the history (the original's <c>StockUpdateDocument</c>).</summary>
internal sealed record StockUpdateDocument : IDocument
{
    /// <summary>The change's id: for a transaction log, its event id and line, so a log writes each record once.</summary>
    public required string Id { get; init; }

    public required string StoreCode { get; init; }

    public required string ItemCode { get; init; }

    public required string UpdateType { get; init; }

    public decimal QuantityChange { get; init; }

    public decimal BeforeQuantity { get; init; }

    public decimal AfterQuantity { get; init; }

    public string? ReferenceId { get; init; }

    public DateTimeOffset Timestamp { get; init; }

    public string? OperatorId { get; init; }

    public string? Note { get; init; }

    /// <summary>The stock's version this change produced: the history's order, exact even within one instant.</summary>
    public long StockVersion { get; init; }
}
