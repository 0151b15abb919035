using Kugelpos.DocumentStore;
using Kugelpos.DocumentStore.Queries;
using Kugelpos.MasterData.Storage;
using Kugelpos.ServiceDefaults.Errors;
using Kugelpos.ServiceDefaults.Paging;

namespace Kugelpos.MasterData.Staff;

/// <summary>A tenant's staff in <c>master_staff</c>, one document per staff id.</summary>
internal sealed class StaffDirectory(MasterDataDatabase database)
{
    /// <summary>The collection, named as in the original, unique by staff id.</summary>
    public static MasterDataCollection<StaffDocument> Collection { get; } = new("master_staff", [nameof(StaffDocument.StaffId)]);

    /// <summary>
    /// What the list sorts by. The original's default (<c>category_code:1</c>, a field staff lack) left
    /// MongoDB's natural order; ours is the staff id, the same for ids created in order and stable.
    /// </summary>
    public static SortFields Sort { get; } = new(
        new Dictionary<string, string>
        {
            ["id"] = nameof(StaffDocument.StaffId),
            ["name"] = nameof(StaffDocument.Name),
            ["entry_datetime"] = nameof(StaffDocument.CreatedAt),
            ["last_update_datetime"] = nameof(StaffDocument.UpdatedAt),
        },
        "id:1");

    /// <summary>The staff member, or a 404 naming the id, as the original's message does.</summary>
    public async Task<StaffDocument> GetAsync(string tenantId, string staffId, CancellationToken cancellationToken)
    {
        var staff = await CollectionAsync(tenantId, cancellationToken);
        var found = await staff.FindAsync(ById(staffId), new DocumentFindOptions { Limit = 1 }, cancellationToken);
        return found.Count == 1 ? found[0] : throw NotFound(staffId);
    }

    public async Task<(IReadOnlyList<StaffDocument> Page, long Total)> ListAsync(
        string tenantId, PageQuery page, CancellationToken cancellationToken)
    {
        var staff = await CollectionAsync(tenantId, cancellationToken);
        var found = await staff.FindAsync(null, page.FindOptions(Sort), cancellationToken);
        return (found, await staff.CountAsync(null, cancellationToken));
    }

    /// <summary>Adds a staff member; a taken id is a 409 naming <c>id</c>.</summary>
    public async Task AddAsync(string tenantId, StaffDocument staff, CancellationToken cancellationToken)
    {
        var collection = await CollectionAsync(tenantId, cancellationToken);
        await collection.InsertUniqueAsync(
            staff, "id", $"staff with id {staff.StaffId} already exists. tenant_id: {tenantId}", cancellationToken);
    }

    public async Task SaveAsync(string tenantId, StaffDocument staff, CancellationToken cancellationToken) =>
        await (await CollectionAsync(tenantId, cancellationToken)).UpsertAsync(staff, cancellationToken);

    /// <summary>Removes the staff member, or answers the 404 of an unknown id.</summary>
    public async Task DeleteAsync(string tenantId, string staffId, CancellationToken cancellationToken)
    {
        var staff = await CollectionAsync(tenantId, cancellationToken);
        if (await staff.DeleteManyAsync(ById(staffId), cancellationToken) == 0)
        {
            throw NotFound(staffId);
        }
    }

    private static DocumentFilter ById(string staffId) => DocumentFilter.Eq(nameof(StaffDocument.StaffId), staffId);

    private static KugelposException NotFound(string staffId) => KugelposException.NotFound($"staff with id {staffId} not found");

    private Task<IDocumentCollection<StaffDocument>> CollectionAsync(string tenantId, CancellationToken cancellationToken) =>
        database.CollectionAsync(tenantId, Collection, cancellationToken);
}
