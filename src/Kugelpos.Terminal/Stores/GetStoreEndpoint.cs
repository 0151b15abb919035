using Kugelpos.ServiceDefaults.Responses;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Kugelpos.Terminal.Stores;

/// <summary><c>GET /api/v1/tenants/{tenant_id}/stores/{store_code}</c>: one store.</summary>
internal static class GetStoreEndpoint
{
    public const string Name = "get_store";

    public static async Task<JsonHttpResult<ApiResponse<StoreView>>> HandleAsync(
        [FromRoute(Name = "tenant_id")] string tenantId,
        [FromRoute(Name = "store_code")] string storeCode,
        StoreDirectory stores,
        CancellationToken cancellationToken)
    {
        var store = await stores.RequireAsync(tenantId, storeCode, cancellationToken);
        return ApiResults.Ok(StoreView.From(store), $"Store info for tenant {tenantId}", Name);
    }
}
