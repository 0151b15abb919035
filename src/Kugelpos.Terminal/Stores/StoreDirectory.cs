using Kugelpos.DocumentStore;
using Kugelpos.DocumentStore.Queries;
using Kugelpos.ServiceDefaults.Paging;
using Kugelpos.Terminal.Tenants;

namespace Kugelpos.Terminal.Stores;

/// <summary>The stores of each tenant; every operation first requires the tenant (404 naming <c>tenant_id</c>).</summary>
internal sealed class StoreDirectory(TerminalDatabases databases, TenantDirectory tenants, TimeProvider time)
{
    /// <summary>Adds a store, <see cref="StoreStatus.Idle"/> unless the request says otherwise; a taken code is a 409.</summary>
    public async Task<StoreDocument> AddAsync(string tenantId, StoreCreateRequest request, CancellationToken cancellationToken)
    {
        await tenants.RequireAsync(tenantId, cancellationToken);
        var storeCode = request.StoreCode!;
        var store = new StoreDocument(
            storeCode,
            request.StoreName!,
            string.IsNullOrEmpty(request.Status) ? StoreStatus.Idle : request.Status,
            string.IsNullOrEmpty(request.BusinessDate) ? null : request.BusinessDate,
            [.. (request.Tags ?? []).OfType<string>()],
            time.GetUtcNow(),
            null);
        try
        {
            await Collection(tenantId).InsertAsync(store, cancellationToken);
        }
        catch (DuplicateKeyException e)
        {
            throw StoreErrors.AlreadyExists(tenantId, storeCode, e);
        }

        return store;
    }

    /// <summary>Every store of the tenant, by store code.</summary>
    public Task<IReadOnlyList<StoreDocument>> AllAsync(string tenantId, CancellationToken cancellationToken) =>
        Collection(tenantId).FindAsync(options: new DocumentFindOptions { Sort = [SortKey.Ascending("id")] }, cancellationToken: cancellationToken);

    /// <summary>One page of the tenant's stores and how many there are in all.</summary>
    public async Task<(IReadOnlyList<StoreDocument> Stores, long Total)> PageAsync(string tenantId, PageQuery page, CancellationToken cancellationToken)
    {
        await tenants.RequireAsync(tenantId, cancellationToken);
        var stores = await Collection(tenantId).FindAsync(options: page.FindOptions(StoreSort.Fields), cancellationToken: cancellationToken);
        return (stores, await Collection(tenantId).CountAsync(cancellationToken: cancellationToken));
    }

    /// <summary>The store; a 404 naming <c>store_code</c> when the tenant has none with this code.</summary>
    public async Task<StoreDocument> RequireAsync(string tenantId, string storeCode, CancellationToken cancellationToken)
    {
        await tenants.RequireAsync(tenantId, cancellationToken);

        // A code that breaks the rule names no store; it is not looked up.
        return StoreCode.IsValid(storeCode) && await Collection(tenantId).GetAsync(storeCode, cancellationToken) is { } store
            ? store
            : throw StoreErrors.NotFound(tenantId, storeCode);
    }

    /// <summary>
    /// The store of <paramref name="terminalId"/> (<c>{tenant}-{store}-{no}</c>), or null when it is
    /// not on file: a terminal may outlive its store, and then open, close and cash in/out are refused.
    /// </summary>
    public async Task<StoreDocument?> ForTerminalAsync(string tenantId, string terminalId, CancellationToken cancellationToken)
    {
        var first = terminalId.IndexOf('-', StringComparison.Ordinal);
        var last = terminalId.LastIndexOf('-');
        if (first < 0 || last <= first + 1)
        {
            return null;
        }

        var storeCode = terminalId[(first + 1)..last];
        return StoreCode.IsValid(storeCode) ? await Collection(tenantId).GetAsync(storeCode, cancellationToken) : null;
    }

    /// <summary>Renames the store and, where the request gives them, sets its status, business date and tags.</summary>
    public async Task<StoreDocument> UpdateAsync(string tenantId, string storeCode, StoreUpdateRequest request, CancellationToken cancellationToken)
    {
        var store = await RequireAsync(tenantId, storeCode, cancellationToken);
        var updated = store with
        {
            StoreName = request.StoreName!,
            Status = string.IsNullOrEmpty(request.Status) ? store.Status : request.Status,
            BusinessDate = string.IsNullOrEmpty(request.BusinessDate) ? store.BusinessDate : request.BusinessDate,
            Tags = request.Tags is { Count: > 0 } tags ? [.. tags.OfType<string>()] : store.Tags,
            UpdatedAt = time.GetUtcNow(),
        };
        await Collection(tenantId).UpsertAsync(updated, cancellationToken);
        return updated;
    }

    /// <summary>Deletes the store; a 404 when the tenant has none with this code.</summary>
    public async Task DeleteAsync(string tenantId, string storeCode, CancellationToken cancellationToken)
    {
        await tenants.RequireAsync(tenantId, cancellationToken);
        if (!StoreCode.IsValid(storeCode) || !await Collection(tenantId).DeleteAsync(storeCode, cancellationToken))
        {
            throw StoreErrors.NotFound(tenantId, storeCode);
        }
    }

    /// <summary>Deletes every store of the tenant, with the tenant itself.</summary>
    public Task DeleteAllAsync(string tenantId, CancellationToken cancellationToken) =>
        Collection(tenantId).DeleteManyAsync(DocumentFilter.Ne("id", null), cancellationToken);

    private IDocumentCollection<StoreDocument> Collection(string tenantId) =>
        databases.Collection<StoreDocument>(tenantId, TerminalStorage.StoreInfo);
}
