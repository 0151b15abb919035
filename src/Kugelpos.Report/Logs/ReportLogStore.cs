using Kugelpos.Contracts.Terminals;
using Kugelpos.Contracts.Transactions;
using Kugelpos.DocumentStore;

namespace Kugelpos.Report.Logs;

/// <summary>
/// The logs reports are computed from, in the tenant's <c>db_report_{tenant}</c> database. Each log
/// is stored under its event id, so storing one event again (a redelivery, a republish, two
/// concurrent deliveries) finds it stored and changes nothing.
/// </summary>
internal sealed class ReportLogStore(IDocumentStore documents)
{
    /// <summary>Stores <paramref name="log"/> unless its event is stored; true when this call stored it.</summary>
    public Task<bool> AddAsync(TransactionLog log, CancellationToken cancellationToken) =>
        InsertOnceAsync(Transactions(log.TenantId), TransactionLogDocument.From(log), cancellationToken);

    /// <summary>Stores <paramref name="log"/> unless its event is stored; true when this call stored it.</summary>
    public Task<bool> AddAsync(CashInOutLog log, CancellationToken cancellationToken) =>
        InsertOnceAsync(Cash(log.TenantId), CashInOutLogDocument.From(log), cancellationToken);

    /// <summary>Stores <paramref name="log"/> unless its event is stored; true when this call stored it.</summary>
    public Task<bool> AddAsync(OpenCloseLog log, CancellationToken cancellationToken) =>
        InsertOnceAsync(OpenClose(log.TenantId), OpenCloseLogDocument.From(log), cancellationToken);

    /// <summary>Every transaction log in <paramref name="scope"/>, cancelled ones included.</summary>
    public async Task<IReadOnlyList<TransactionLog>> TransactionsAsync(string tenantId, LogScope scope, CancellationToken cancellationToken)
    {
        var found = await Transactions(tenantId).FindAsync(scope.Filter(), cancellationToken: cancellationToken);
        return [.. found.Select(document => document.ToLog())];
    }

    /// <summary>Every cash in/out log in <paramref name="scope"/>.</summary>
    public async Task<IReadOnlyList<CashInOutLog>> CashAsync(string tenantId, LogScope scope, CancellationToken cancellationToken)
    {
        var found = await Cash(tenantId).FindAsync(scope.Filter(), cancellationToken: cancellationToken);
        return [.. found.Select(document => document.ToLog())];
    }

    /// <summary>Every open/close log in <paramref name="scope"/>.</summary>
    public async Task<IReadOnlyList<OpenCloseLog>> OpenCloseAsync(string tenantId, LogScope scope, CancellationToken cancellationToken)
    {
        var found = await OpenClose(tenantId).FindAsync(scope.Filter(), cancellationToken: cancellationToken);
        return [.. found.Select(document => document.ToLog())];
    }

    private static async Task<bool> InsertOnceAsync<T>(IDocumentCollection<T> collection, T document, CancellationToken cancellationToken)
        where T : class, IDocument
    {
        try
        {
            await collection.InsertAsync(document, cancellationToken);
            return true;
        }
        catch (DuplicateKeyException)
        {
            // The id is the event id: the event's effect is already stored.
            return false;
        }
    }

    private IDocumentDatabase Database(string tenantId) => documents.GetDatabase(ReportStorage.DatabasePrefix, tenantId);

    private IDocumentCollection<TransactionLogDocument> Transactions(string tenantId) =>
        Database(tenantId).GetCollection<TransactionLogDocument>(ReportStorage.TransactionCollection);

    private IDocumentCollection<CashInOutLogDocument> Cash(string tenantId) =>
        Database(tenantId).GetCollection<CashInOutLogDocument>(ReportStorage.CashInOutCollection);

    private IDocumentCollection<OpenCloseLogDocument> OpenClose(string tenantId) =>
        Database(tenantId).GetCollection<OpenCloseLogDocument>(ReportStorage.OpenCloseCollection);
}
