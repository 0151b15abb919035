using Kugelpos.Actors.Contracts.Transactions;
using Kugelpos.Cart.Actors.Transactions;
using Kugelpos.Contracts.Transactions;
using Kugelpos.DocumentStore;
using Kugelpos.DocumentStore.Queries;
using Kugelpos.ServiceDefaults.Paging;

namespace Kugelpos.Cart.Transactions;

/// <summary>
/// The transaction logs and their status in the tenant's <c>db_cart_{tenant}</c> database; the
/// log's id is its number, so a log is stored once however often it is recorded.
/// </summary>
internal sealed class TransactionStore(IDocumentStore documents) : ITransactionStore
{
    /// <summary>The listing's sort fields, as the original names them; newest first by default.</summary>
    public static SortFields Sorting { get; } = new(
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["transaction_no"] = "transactionNo",
            ["receipt_no"] = "receiptNo",
            ["business_date"] = "businessDate",
            ["open_counter"] = "openCounter",
            ["transaction_type"] = "transactionType",
            ["generate_date_time"] = "generateDateTime",
        },
        "transaction_no:-1");

    public async Task<StoredTransaction?> FindAsync(TransactionKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        var found = await Logs(key.TenantId).GetAsync(key.DocumentId, cancellationToken);
        if (found is null)
        {
            return null;
        }

        var status = await Statuses(key.TenantId).GetAsync(key.DocumentId, cancellationToken);
        return Merge(found.ToLog(), status?.Status);
    }

    public async Task<TransactionLog> AddAsync(TransactionLog log, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(log);
        var key = TransactionKey.Of(log);
        var logs = Logs(key.TenantId);
        try
        {
            await logs.InsertAsync(TransactionLogDocument.From(log with { IsVoided = false, IsRefunded = false }, key.DocumentId), cancellationToken);
            return log;
        }
        catch (DuplicateKeyException)
        {
            var stored = await logs.GetAsync(key.DocumentId, cancellationToken)
                ?? throw new InvalidOperationException($"Transaction {key.ActorId} is taken but cannot be read.");
            return stored.ToLog();
        }
    }

    public Task SaveStatusAsync(TransactionKey key, TransactionStatus status, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Statuses(key.TenantId).UpsertAsync(
            new TransactionStatusDocument { Id = key.DocumentId, StoreCode = key.StoreCode, TerminalNo = key.TerminalNo, TransactionNo = key.TransactionNo, Status = status },
            cancellationToken);
    }

    /// <summary>One page of a terminal's logs matching <paramref name="query"/>, with their status, and how many match.</summary>
    public async Task<(IReadOnlyList<TransactionLog> Logs, long Total)> ListAsync(
        string tenantId, TransactionQuery query, PageQuery page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(page);
        var filter = query.Filter();
        var logs = Logs(tenantId);
        var found = await logs.FindAsync(filter, page.FindOptions(Sorting), cancellationToken);
        var total = await logs.CountAsync(filter, cancellationToken);
        var statuses = found.Count == 0
            ? []
            : await Statuses(tenantId).FindAsync(DocumentFilter.In("id", found.Select(d => d.Id)), cancellationToken: cancellationToken);
        var byId = statuses.ToDictionary(s => s.Id, s => s.Status, StringComparer.Ordinal);
        return ([.. found.Select(d => Merge(d.ToLog(), byId.GetValueOrDefault(d.Id)).Log)], total);
    }

    /// <summary>
    /// Prepares the tenant's database as the original's tenant setup: each collection with its unique
    /// index on the transaction's identity (the store, the terminal and the number). Safe to repeat.
    /// </summary>
    public async Task PrepareTenantAsync(string tenantId, CancellationToken cancellationToken)
    {
        string[] identity = ["storeCode", "terminalNo", "transactionNo"];
        await Logs(tenantId).EnsureUniqueIndexAsync(identity, cancellationToken);
        await Statuses(tenantId).EnsureUniqueIndexAsync(identity, cancellationToken);
    }

    private static StoredTransaction Merge(TransactionLog log, TransactionStatus? status)
    {
        var known = status ?? TransactionStatus.None;
        return new StoredTransaction(log with { IsVoided = known.IsVoided, IsRefunded = known.IsRefunded }, known);
    }

    private IDocumentCollection<TransactionLogDocument> Logs(string tenantId) =>
        documents.GetDatabase(TransactionStorage.DatabasePrefix, tenantId).GetCollection<TransactionLogDocument>(TransactionStorage.LogCollection);

    private IDocumentCollection<TransactionStatusDocument> Statuses(string tenantId) =>
        documents.GetDatabase(TransactionStorage.DatabasePrefix, tenantId).GetCollection<TransactionStatusDocument>(TransactionStorage.StatusCollection);
}
