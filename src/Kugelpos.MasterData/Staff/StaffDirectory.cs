using Kugelpos.DocumentStore;
using Kugelpos.ServiceDefaults.Errors;
using Kugelpos.ServiceDefaults.Paging;

namespace Kugelpos.MasterData.Staff;

/// <summary>A tenant's staff in <c>master_staff</c>, one document per staff id.</summary>
internal sealed class StaffDirectory(IDocumentStore store)
{
    /// <summary>The collection, named as in the original.</summary>
    public const string CollectionName = "master_staff";

    /// <summary>
    /// What the list sorts by. The original's default (<c>category_code:1</c>, a field staff lack) left
    /// MongoDB's natural order; ours is the staff id, the same for ids created in order and stable.
    /// </summary>
    public static SortFields Sort { get; } = new(
        new Dictionary<string, string>
        {
            ["id"] = "id",
            ["name"] = nameof(StaffDocument.Name),
            ["entry_datetime"] = nameof(StaffDocument.CreatedAt),
            ["last_update_datetime"] = nameof(StaffDocument.UpdatedAt),
        },
        "id:1");

    public Task<StaffDocument?> FindAsync(string tenantId, string staffId, CancellationToken cancellationToken) =>
        Collection(tenantId).GetAsync(staffId, cancellationToken);

    /// <summary>The staff member, or a 404 naming the id, as the original's message does.</summary>
    public async Task<StaffDocument> GetAsync(string tenantId, string staffId, CancellationToken cancellationToken) =>
        await FindAsync(tenantId, staffId, cancellationToken)
        ?? throw KugelposException.NotFound($"staff with id {staffId} not found");

    public async Task<(IReadOnlyList<StaffDocument> Page, long Total)> ListAsync(
        string tenantId, PageQuery page, CancellationToken cancellationToken)
    {
        var staff = Collection(tenantId);
        var found = await staff.FindAsync(null, page.FindOptions(Sort), cancellationToken);
        return (found, await staff.CountAsync(null, cancellationToken));
    }

    /// <summary>Adds a staff member; a taken id is a 409 naming <c>id</c>.</summary>
    public async Task AddAsync(string tenantId, StaffDocument staff, CancellationToken cancellationToken)
    {
        try
        {
            await Collection(tenantId).InsertAsync(staff, cancellationToken);
        }
        catch (DuplicateKeyException ex)
        {
            throw new KugelposException(
                StatusCodes.Status409Conflict,
                MasterDataErrorCodes.AlreadyExists,
                $"staff with id {staff.Id} already exists. tenant_id: {tenantId}",
                "id",
                ex);
        }
    }

    public Task SaveAsync(string tenantId, StaffDocument staff, CancellationToken cancellationToken) =>
        Collection(tenantId).UpsertAsync(staff, cancellationToken);

    /// <summary>Removes the staff member, or answers the 404 of an unknown id.</summary>
    public async Task DeleteAsync(string tenantId, string staffId, CancellationToken cancellationToken)
    {
        if (!await Collection(tenantId).DeleteAsync(staffId, cancellationToken))
        {
            throw KugelposException.NotFound($"staff with id {staffId} not found");
        }
    }

    private IDocumentCollection<StaffDocument> Collection(string tenantId) =>
        store.Collection<StaffDocument>(tenantId, CollectionName);
}
