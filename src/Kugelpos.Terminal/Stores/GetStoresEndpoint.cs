using Kugelpos.ServiceDefaults.Paging;
using Kugelpos.ServiceDefaults.Responses;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Kugelpos.Terminal.Stores;

/// <summary>
/// <c>GET /api/v1/tenants/{tenant_id}/stores</c>: one page of the tenant's stores with its metadata
/// (the original read limit and page but always answered every store, without metadata).
/// </summary>
internal static class GetStoresEndpoint
{
    public const string Name = "get_stores";

    public static async Task<JsonHttpResult<ApiResponse<IReadOnlyList<StoreView>>>> HandleAsync(
        [FromRoute(Name = "tenant_id")] string tenantId, PageQuery page, StoreDirectory stores, CancellationToken cancellationToken)
    {
        var (found, total) = await stores.PageAsync(tenantId, page, cancellationToken);
        return ApiResults.Page<StoreView>(
            [.. found.Select(StoreView.From)], page.Metadata(total, StoreSort.Fields), $"Stores info for tenant {tenantId}", Name);
    }
}
