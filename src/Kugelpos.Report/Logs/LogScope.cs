using Kugelpos.DocumentStore.Queries;

namespace Kugelpos.Report.Logs;

/// <summary>
/// Which logs a report reads: a store, optionally one terminal, one business date or an inclusive
/// range of them, optionally one open counter.
/// </summary>
internal sealed record LogScope
{
    public required string StoreCode { get; init; }

    public int? TerminalNo { get; init; }

    /// <summary>The first business date, <c>YYYYMMDD</c>.</summary>
    public required string DateFrom { get; init; }

    /// <summary>The last business date, <c>YYYYMMDD</c>; the same as <see cref="DateFrom"/> for one date.</summary>
    public required string DateTo { get; init; }

    public int? OpenCounter { get; init; }

    public static LogScope OneDate(string storeCode, int? terminalNo, string businessDate, int? openCounter) => new()
    {
        StoreCode = storeCode,
        TerminalNo = terminalNo,
        DateFrom = businessDate,
        DateTo = businessDate,
        OpenCounter = openCounter,
    };

    public DocumentFilter Filter()
    {
        // The date fields are YYYYMMDD text, so text order is date order.
        List<DocumentFilter> parts =
        [
            DocumentFilter.Eq("storeCode", StoreCode),
            DateFrom == DateTo ? DocumentFilter.Eq("businessDate", DateFrom) : DocumentFilter.Gte("businessDate", DateFrom),
        ];
        if (DateFrom != DateTo)
        {
            parts.Add(DocumentFilter.Lte("businessDate", DateTo));
        }

        if (TerminalNo is { } terminalNo)
        {
            parts.Add(DocumentFilter.Eq("terminalNo", terminalNo));
        }

        if (OpenCounter is { } openCounter)
        {
            parts.Add(DocumentFilter.Eq("openCounter", openCounter));
        }

        return DocumentFilter.And([.. parts]);
    }
}
