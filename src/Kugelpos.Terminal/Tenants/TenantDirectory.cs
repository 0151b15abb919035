using Kugelpos.DocumentStore;

namespace Kugelpos.Terminal.Tenants;

/// <summary>The tenant documents of the terminal service, one per tenant in its own database.</summary>
internal sealed class TenantDirectory(TerminalDatabases databases, TimeProvider time)
{
    /// <summary>Creates the tenant; a second creation of the same tenant is a 409.</summary>
    public async Task<TenantDocument> CreateAsync(string tenantId, string tenantName, IReadOnlyList<string?> tags, CancellationToken cancellationToken)
    {
        var tenant = new TenantDocument(tenantId, tenantName, [.. tags.OfType<string>()], time.GetUtcNow(), null);
        try
        {
            await Collection(tenantId).InsertAsync(tenant, cancellationToken);
        }
        catch (DuplicateKeyException e)
        {
            throw TenantErrors.AlreadyExists(tenantId, e);
        }

        return tenant;
    }

    /// <summary>The tenant; a 404 naming <c>tenant_id</c> when it was never created or was deleted.</summary>
    public async Task<TenantDocument> RequireAsync(string tenantId, CancellationToken cancellationToken) =>
        await Collection(tenantId).GetAsync(tenantId, cancellationToken) ?? throw TenantErrors.NotFound(tenantId);

    /// <summary>Replaces the tenant's name and tags.</summary>
    public async Task<TenantDocument> UpdateAsync(string tenantId, string tenantName, IReadOnlyList<string?> tags, CancellationToken cancellationToken)
    {
        var tenant = await RequireAsync(tenantId, cancellationToken) with
        {
            TenantName = tenantName,
            Tags = [.. tags.OfType<string>()],
            UpdatedAt = time.GetUtcNow(),
        };
        await Collection(tenantId).UpsertAsync(tenant, cancellationToken);
        return tenant;
    }

    /// <summary>Deletes the tenant's document; a 404 when there is none.</summary>
    public async Task DeleteAsync(string tenantId, CancellationToken cancellationToken)
    {
        if (!await Collection(tenantId).DeleteAsync(tenantId, cancellationToken))
        {
            throw TenantErrors.NotFound(tenantId);
        }
    }

    /// <summary>Takes back a creation whose setup failed, so the tenant can be created again.</summary>
    public Task ForgetAsync(string tenantId) => Collection(tenantId).DeleteAsync(tenantId, CancellationToken.None);

    // A tenant id against the rule (only a token signed with our secret could carry one to the
    // route) names no tenant, and no database is opened for it.
    private IDocumentCollection<TenantDocument> Collection(string tenantId) =>
        TenantId.IsValid(tenantId)
            ? databases.Collection<TenantDocument>(tenantId, TerminalStorage.TenantInfo)
            : throw TenantErrors.NotFound(tenantId);
}
