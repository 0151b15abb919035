using Kugelpos.DocumentStore;

namespace Kugelpos.Account.Tenants;

/// <summary>
/// The registered tenants. Claiming a tenant is one insert keyed by the tenant id, so of two
/// concurrent claims exactly one succeeds (the original looked for the tenant's database and then
/// created it, and handed out another id when it existed).
/// </summary>
/// <remarks>
/// <para>
/// The registry is one collection in its own database, <c>db_registry_account</c>: under a prefix of its
/// own, so no tenant's database can ever have its name (every valid name under <c>db_account</c> is some
/// tenant's). Keeping it outside the tenants' databases also means a login for an unknown tenant is answered from the registry without opening
/// (on LiteDB: creating a file for) a database named after whatever the client sent.
/// </para>
/// <para>
/// The key is the upper-cased id: MongoDB refuses database names that differ only in case, and on a
/// case-insensitive file system two such LiteDB files would be one, so <c>a1234</c> and <c>A1234</c>
/// must not both be tenants.
/// </para>
/// </remarks>
internal sealed class TenantRegistry(IDocumentStore store, TimeProvider time)
{
    /// <summary>The registry's database prefix, which no service uses for tenant databases.</summary>
    internal const string RegistryPrefix = "db_registry";

    private const string Collection = "tenants";

    /// <summary>Registers the tenant; false when it (or an id differing only in case) already is.</summary>
    public async Task<bool> TryClaimAsync(string tenantId, CancellationToken cancellationToken)
    {
        try
        {
            await Tenants.InsertAsync(new TenantRecord(Key(tenantId), tenantId, time.GetUtcNow()), cancellationToken);
            return true;
        }
        catch (DuplicateKeyException)
        {
            return false;
        }
    }

    /// <summary>True when exactly this tenant id is registered.</summary>
    public async Task<bool> ExistsAsync(string tenantId, CancellationToken cancellationToken)
    {
        if (!TenantId.IsValid(tenantId))
        {
            return false;
        }

        var record = await Tenants.GetAsync(Key(tenantId), cancellationToken);
        return string.Equals(record?.TenantId, tenantId, StringComparison.Ordinal);
    }

    /// <summary>Gives up a claim whose tenant could not be set up, so the id can be registered again.</summary>
    public Task ReleaseAsync(string tenantId, CancellationToken cancellationToken) =>
        Tenants.DeleteAsync(Key(tenantId), cancellationToken);

    private IDocumentCollection<TenantRecord> Tenants =>
        store.GetDatabase(RegistryPrefix, AccountService.AppId).GetCollection<TenantRecord>(Collection);

    private static string Key(string tenantId) => tenantId.ToUpperInvariant();
}
