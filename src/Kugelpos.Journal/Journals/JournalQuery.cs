namespace Kugelpos.Journal.Journals;

/// <summary>The journal search's filters; an empty list or a null bound filters nothing.</summary>
internal sealed record JournalQuery
{
    public required string StoreCode { get; init; }

    public IReadOnlyList<int> Terminals { get; init; } = [];

    public IReadOnlyList<int> TransactionTypes { get; init; } = [];

    public string? BusinessDateFrom { get; init; }

    public string? BusinessDateTo { get; init; }

    public DateTime? GeneratedFrom { get; init; }

    public DateTime? GeneratedTo { get; init; }

    public int? ReceiptNoFrom { get; init; }

    public int? ReceiptNoTo { get; init; }

    /// <summary>An entry matches when its journal text contains any of them.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];
}
