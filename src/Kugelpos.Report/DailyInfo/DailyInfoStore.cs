using Kugelpos.DocumentStore;
using Kugelpos.Report.Logs;

namespace Kugelpos.Report.DailyInfo;

/// <summary>The <c>info_daily</c> records in the tenant's report database.</summary>
internal sealed class DailyInfoStore(IDocumentStore documents)
{
    /// <summary>The record of a terminal's session, or null when it was never checked.</summary>
    public Task<DailyInfoDocument?> GetAsync(string tenantId, string storeCode, int terminalNo, string businessDate, int? openCounter, CancellationToken cancellationToken) =>
        Collection(tenantId).GetAsync(DailyInfoDocument.IdOf(storeCode, terminalNo, businessDate, openCounter), cancellationToken);

    /// <summary>Stores the outcome of a check, replacing an earlier one.</summary>
    public Task RecordAsync(DailyInfoDocument record, CancellationToken cancellationToken) =>
        Collection(record.TenantId).UpsertAsync(record, cancellationToken);

    private IDocumentCollection<DailyInfoDocument> Collection(string tenantId) =>
        documents.GetDatabase(ReportStorage.DatabasePrefix, tenantId).GetCollection<DailyInfoDocument>(ReportStorage.DailyInfoCollection);
}
