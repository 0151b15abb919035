using Kugelpos.MasterData.Storage;
using Kugelpos.ServiceDefaults.Paging;

namespace Kugelpos.MasterData.Staff;

/// <summary>Each tenant's staff (<c>master_staff</c>, staff id unique).</summary>
internal sealed class StaffRepository(MasterDataDatabase database)
    : MasterDataRepository<StaffDocument>(database, Collection, SortFields)
{
    /// <summary>The collection and its unique staff id index.</summary>
    public static MasterDataCollection<StaffDocument> Collection { get; } = new("master_staff", [nameof(StaffDocument.StaffId)]);

    /// <summary>
    /// The sortable fields, by the original's names. The original's default (<c>category_code:1</c>, a
    /// field staff lack) left MongoDB's natural order; ours is the staff id, stable across pages.
    /// </summary>
    private static SortFields SortFields { get; } = new(
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["id"] = nameof(StaffDocument.StaffId),
            ["name"] = nameof(StaffDocument.Name),
            ["entry_datetime"] = nameof(StaffDocument.CreatedAt),
            ["last_update_datetime"] = nameof(StaffDocument.UpdatedAt),
        },
        "id:1");

    /// <summary>The tenant's staff member with this id, or null.</summary>
    public Task<StaffDocument?> FindAsync(string tenantId, string staffId, CancellationToken cancellationToken) =>
        FindByCodeAsync(tenantId, nameof(StaffDocument.StaffId), staffId, null, cancellationToken);
}
