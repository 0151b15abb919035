using System.Collections.Concurrent;
using Kugelpos.DocumentStore;
using Kugelpos.DocumentStore.Queries;
using Kugelpos.Journal.Logs;
using Kugelpos.Journal.Tenants;
using Kugelpos.ServiceDefaults.Paging;

namespace Kugelpos.Journal.Journals;

/// <summary>The journal entries and received logs of each tenant, in <c>db_journal_{tenant}</c>.</summary>
internal sealed class JournalStore(IDocumentStore documents)
{
    /// <summary>The sortable fields and the original's default sort.</summary>
    public static SortFields Sorting { get; } = new(
        new Dictionary<string, string>
        {
            ["terminal_no"] = "terminalNo",
            ["business_date"] = "businessDate",
            ["receipt_no"] = "receiptNo",
            ["transaction_no"] = "transactionNo",
            ["transaction_type"] = "transactionType",
            ["generate_date_time"] = "generatedAt",
            ["open_counter"] = "openCounter",
            ["business_counter"] = "businessCounter",
            ["amount"] = "amount",
        },
        "terminal_no:1,business_date:1,receipt_no:1");

    // Only the positive answer is kept: a tenant once prepared stays prepared while the service runs.
    private readonly ConcurrentDictionary<string, bool> _prepared = new(StringComparer.Ordinal);

    /// <summary>
    /// Creates the tenant's database and marks it prepared. Logs and entries are keyed by event id,
    /// which is what keeps them unique, so the original's natural-key indexes are not needed.
    /// </summary>
    public async Task PrepareTenantAsync(string tenantId, CancellationToken cancellationToken)
    {
        await Tenants(tenantId).UpsertAsync(new TenantDocument { Id = tenantId }, cancellationToken);
        _prepared[tenantId] = true;
    }

    /// <summary>Whether the tenant was prepared; a tenant id the store cannot name never was.</summary>
    public async Task<bool> IsPreparedAsync(string tenantId, CancellationToken cancellationToken)
    {
        if (_prepared.ContainsKey(tenantId))
        {
            return true;
        }

        if (!TenantId.IsValid(tenantId))
        {
            return false;
        }

        var prepared = await Tenants(tenantId).GetAsync(tenantId, cancellationToken) is not null;
        if (prepared)
        {
            _prepared[tenantId] = true;
        }

        return prepared;
    }

    /// <summary>
    /// Stores a log and its journal entry, both under the event's id: writing the same event again
    /// replaces each with the same content, so it has its effect once however often it comes.
    /// </summary>
    /// <remarks>
    /// The two writes go together, so they share one commit of the tenant's file (LiteDB's group
    /// commit) instead of waiting for one flush to disk each; neither depends on the other.
    /// </remarks>
    public Task SaveLogAsync(string logCollection, LogDocument log, JournalDocument journal, CancellationToken cancellationToken) =>
        Task.WhenAll(
            Database(journal.TenantId).GetCollection<LogDocument>(logCollection).UpsertAsync(log, cancellationToken),
            Journals(journal.TenantId).UpsertAsync(journal, cancellationToken));

    /// <summary>Stores a journal entry posted directly; one already stored under its id is kept, as the original keeps the first.</summary>
    public async Task<JournalDocument> AddAsync(JournalDocument journal, CancellationToken cancellationToken)
    {
        var journals = Journals(journal.TenantId);
        try
        {
            await journals.InsertAsync(journal, cancellationToken);
            return journal;
        }
        catch (DuplicateKeyException)
        {
            return await journals.GetAsync(journal.Id, cancellationToken) ?? journal;
        }
    }

    /// <summary>One page of the store's entries matching the query, and how many match in all.</summary>
    public async Task<(IReadOnlyList<JournalDocument> Page, long Total)> SearchAsync(
        string tenantId, JournalQuery query, PageQuery page, CancellationToken cancellationToken)
    {
        var journals = Journals(tenantId);
        var filter = Filter(query);
        if (query.Keywords.Count == 0)
        {
            var found = await journals.FindAsync(filter, page.FindOptions(Sorting), cancellationToken);
            return (found, await journals.CountAsync(filter, cancellationToken));
        }

        // The store has no text search; the keywords are matched here, after the indexed filters.
        var all = await journals.FindAsync(filter, new DocumentFindOptions { Sort = Sorting.Keys(page.Sort) }, cancellationToken);
        var matching = all.Where(j => query.Keywords.Any(k => j.JournalText.Contains(k, StringComparison.Ordinal))).ToList();
        var selected = page.Limit == 0 ? matching : matching.Skip(page.Skip).Take(page.Limit).ToList();
        return (selected, matching.Count);
    }

    private static DocumentFilter Filter(JournalQuery query)
    {
        var filters = new List<DocumentFilter> { DocumentFilter.Eq("storeCode", query.StoreCode) };
        if (query.Terminals.Count > 0)
        {
            filters.Add(DocumentFilter.In("terminalNo", query.Terminals));
        }

        if (query.TransactionTypes.Count > 0)
        {
            filters.Add(DocumentFilter.In("transactionType", query.TransactionTypes));
        }

        AddRange(filters, "businessDate", query.BusinessDateFrom, query.BusinessDateTo);
        AddRange(filters, "generatedAt", query.GeneratedFrom, query.GeneratedTo);
        AddRange(filters, "receiptNo", query.ReceiptNoFrom, query.ReceiptNoTo);
        return DocumentFilter.And([.. filters]);
    }

    private static void AddRange(List<DocumentFilter> filters, string field, object? from, object? to)
    {
        if (from is not null)
        {
            filters.Add(DocumentFilter.Gte(field, from));
        }

        if (to is not null)
        {
            filters.Add(DocumentFilter.Lte(field, to));
        }
    }

    private IDocumentDatabase Database(string tenantId) => documents.GetDatabase(JournalStorage.DatabasePrefix, tenantId);

    private IDocumentCollection<JournalDocument> Journals(string tenantId) =>
        Database(tenantId).GetCollection<JournalDocument>(JournalStorage.JournalCollection);

    private IDocumentCollection<TenantDocument> Tenants(string tenantId) =>
        Database(tenantId).GetCollection<TenantDocument>(JournalStorage.TenantCollection);
}
