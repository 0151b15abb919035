using Kugelpos.Contracts.Serialization;
using Kugelpos.Contracts.Transactions;
using Kugelpos.DocumentStore;

namespace Kugelpos.Cart.Transactions;

/// <summary>
/// A stored transaction log: the fields the listing filters and sorts on, beside the whole log
/// in its wire JSON (so what is read back is exactly what was published).
/// </summary>
internal sealed record TransactionLogDocument : IDocument
{
    /// <summary><c>{store_code}-{terminal_no}-{transaction_no}</c>: one log per number, so a log is stored once.</summary>
    public required string Id { get; init; }

    public required string StoreCode { get; init; }

    public required int TerminalNo { get; init; }

    public required int TransactionNo { get; init; }

    public int? TransactionType { get; init; }

    public int? ReceiptNo { get; init; }

    /// <summary>YYYYMMDD, as the query parameter gives it.</summary>
    public string? BusinessDate { get; init; }

    public int? OpenCounter { get; init; }

    public bool IsCancelled { get; init; }

    public DateTimeOffset? GenerateDateTime { get; init; }

    public required string EventId { get; init; }

    /// <summary>The log as published.</summary>
    public required string Log { get; init; }

    public static TransactionLogDocument From(TransactionLog log, string id) => new()
    {
        Id = id,
        StoreCode = log.StoreCode,
        TerminalNo = log.TerminalNo,
        TransactionNo = log.TransactionNo ?? 0,
        TransactionType = (int?)log.TransactionType,
        ReceiptNo = log.ReceiptNo,
        BusinessDate = log.BusinessDate?.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture),
        OpenCounter = log.OpenCounter,
        IsCancelled = log.Sales?.IsCancelled ?? false,
        GenerateDateTime = log.GenerateDateTime,
        EventId = log.EventId.ToString(),
        Log = EventJson.Serialize(log),
    };

    public TransactionLog ToLog() => EventJson.Deserialize<TransactionLog>(Log);
}
