using Kugelpos.Contracts.Serialization;
using Kugelpos.Contracts.Transactions;
using Kugelpos.DocumentStore;

namespace Kugelpos.Report.Logs;

/// <summary>
/// A received transaction log: the fields reports filter on, beside the whole log in its wire JSON.
/// Its id is the event id, so an event stored twice is one document.
/// </summary>
internal sealed record TransactionLogDocument : IDocument
{
    public required string Id { get; init; }

    public required string StoreCode { get; init; }

    public required int TerminalNo { get; init; }

    public string? BusinessDate { get; init; }

    public int? OpenCounter { get; init; }

    public int? TransactionNo { get; init; }

    public DateTimeOffset? GenerateDateTime { get; init; }

    /// <summary>The log as published.</summary>
    public required string Log { get; init; }

    public static TransactionLogDocument From(TransactionLog log) => new()
    {
        Id = log.EventId.ToString(),
        StoreCode = log.StoreCode,
        TerminalNo = log.TerminalNo,
        BusinessDate = BusinessDates.Text(log.BusinessDate),
        OpenCounter = log.OpenCounter,
        TransactionNo = log.TransactionNo,
        GenerateDateTime = log.GenerateDateTime,
        Log = EventJson.Serialize(log),
    };

    public TransactionLog ToLog() => EventJson.Deserialize<TransactionLog>(Log);
}
