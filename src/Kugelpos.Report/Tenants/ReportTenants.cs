using System.Collections.Concurrent;
using Kugelpos.DocumentStore;
using Kugelpos.Report.Logs;

namespace Kugelpos.Report.Tenants;

/// <summary>
/// The tenants set up in the report service. A log of a tenant never set up can never be reported
/// (there is nobody to ask for it), so its event is a poison message, not a reason to create a database.
/// </summary>
internal sealed class ReportTenants(IDocumentStore documents)
{
    // Only positive answers are kept: a tenant set up elsewhere (another replica) is found on the next read.
    private readonly ConcurrentDictionary<string, bool> _known = new(StringComparer.Ordinal);

    public async Task<bool> IsKnownAsync(string tenantId, CancellationToken cancellationToken)
    {
        if (_known.ContainsKey(tenantId))
        {
            return true;
        }

        if (!TenantId.IsValid(tenantId) || await Markers(tenantId).GetAsync(TenantMarkerDocument.MarkerId, cancellationToken) is null)
        {
            return false;
        }

        _known[tenantId] = true;
        return true;
    }

    /// <summary>Sets the tenant up (its mark); safe to repeat. The logs need no index beyond their id, the event id.</summary>
    public async Task PrepareAsync(string tenantId, CancellationToken cancellationToken)
    {
        await Markers(tenantId).UpsertAsync(new TenantMarkerDocument { TenantId = tenantId }, cancellationToken);
        _known[tenantId] = true;
    }

    private IDocumentCollection<TenantMarkerDocument> Markers(string tenantId) =>
        documents.GetDatabase(ReportStorage.DatabasePrefix, tenantId).GetCollection<TenantMarkerDocument>(ReportStorage.TenantCollection);
}
