using Kugelpos.Contracts.Serialization;
using Kugelpos.Contracts.Terminals;
using Kugelpos.DocumentStore;

namespace Kugelpos.Report.Logs;

/// <summary>A received cash in/out log, its id the event id, the whole log beside its filter fields.</summary>
internal sealed record CashInOutLogDocument : IDocument
{
    public required string Id { get; init; }

    public required string StoreCode { get; init; }

    public required int TerminalNo { get; init; }

    public string? BusinessDate { get; init; }

    public int? OpenCounter { get; init; }

    public DateTimeOffset? GenerateDateTime { get; init; }

    public required string Log { get; init; }

    public static CashInOutLogDocument From(CashInOutLog log) => new()
    {
        Id = log.EventId.ToString(),
        StoreCode = log.StoreCode,
        TerminalNo = log.TerminalNo,
        BusinessDate = BusinessDates.Text(log.BusinessDate),
        OpenCounter = log.OpenCounter,
        GenerateDateTime = log.GenerateDateTime,
        Log = EventJson.Serialize(log),
    };

    public CashInOutLog ToLog() => EventJson.Deserialize<CashInOutLog>(Log);
}
