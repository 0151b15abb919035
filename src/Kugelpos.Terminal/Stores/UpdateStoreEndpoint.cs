using Kugelpos.ServiceDefaults.Responses;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Kugelpos.Terminal.Stores;

/// <summary><c>PUT /api/v1/tenants/{tenant_id}/stores/{store_code}</c>: renames the store and sets what the request gives.</summary>
internal static class UpdateStoreEndpoint
{
    public const string Name = "update_store";

    public static async Task<JsonHttpResult<ApiResponse<StoreView>>> HandleAsync(
        [FromRoute(Name = "tenant_id")] string tenantId,
        [FromRoute(Name = "store_code")] string storeCode,
        StoreUpdateRequest request,
        StoreDirectory stores,
        CancellationToken cancellationToken)
    {
        var store = await stores.UpdateAsync(tenantId, storeCode, request, cancellationToken);
        return ApiResults.Ok(StoreView.From(store), $"Store updated successfully for tenant {tenantId}", Name);
    }
}
