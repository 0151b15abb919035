using Kugelpos.DocumentStore.Queries;

namespace Kugelpos.Cart.Transactions;

/// <summary>The listing's filters, as the original's get_tranlog_list_by_query_async applies them.</summary>
internal sealed record TransactionQuery
{
    public required string StoreCode { get; init; }

    public required int TerminalNo { get; init; }

    public string? BusinessDate { get; init; }

    public int? OpenCounter { get; init; }

    public IReadOnlyList<int> TransactionTypes { get; init; } = [];

    public int? ReceiptNo { get; init; }

    public bool IncludeCancelled { get; init; }

    public DocumentFilter Filter()
    {
        var filters = new List<DocumentFilter>
        {
            DocumentFilter.Eq("storeCode", StoreCode),
            DocumentFilter.Eq("terminalNo", TerminalNo),
        };
        if (!string.IsNullOrEmpty(BusinessDate))
        {
            filters.Add(DocumentFilter.Eq("businessDate", BusinessDate));
        }

        // The original ignores a zero open counter or receipt number (falsy), as here.
        if (OpenCounter is { } openCounter and not 0)
        {
            filters.Add(DocumentFilter.Eq("openCounter", openCounter));
        }

        if (TransactionTypes.Count > 0)
        {
            filters.Add(DocumentFilter.In("transactionType", TransactionTypes));
        }

        if (ReceiptNo is { } receiptNo and not 0)
        {
            filters.Add(DocumentFilter.Eq("receiptNo", receiptNo));
        }

        if (!IncludeCancelled)
        {
            filters.Add(DocumentFilter.Eq("isCancelled", false));
        }

        return DocumentFilter.And([.. filters]);
    }
}
