using Kugelpos.DocumentStore;
using Kugelpos.Stock.Tenants;

namespace Kugelpos.Stock.Schedules;

/// <summary>
/// The tenants' snapshot schedules, kept in the service's registry rather than in each tenant's
/// database, so the scheduler finds every schedule with one read.
/// </summary>
internal sealed class SnapshotSchedules(StockRegistry registry)
{
    private const string Collection = "snapshot_schedules";

    public Task<SnapshotScheduleDocument?> GetAsync(string tenantId, CancellationToken cancellationToken) =>
        Schedules.GetAsync(tenantId, cancellationToken);

    public Task SaveAsync(SnapshotScheduleDocument schedule, CancellationToken cancellationToken) =>
        Schedules.UpsertAsync(schedule, cancellationToken);

    public Task<bool> DeleteAsync(string tenantId, CancellationToken cancellationToken) =>
        Schedules.DeleteAsync(tenantId, cancellationToken);

    public Task<IReadOnlyList<SnapshotScheduleDocument>> AllAsync(CancellationToken cancellationToken) =>
        Schedules.FindAsync(cancellationToken: cancellationToken);

    private IDocumentCollection<SnapshotScheduleDocument> Schedules => registry.Collection<SnapshotScheduleDocument>(Collection);
}
