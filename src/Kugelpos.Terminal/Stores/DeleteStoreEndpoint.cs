using Kugelpos.ServiceDefaults.Responses;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Kugelpos.Terminal.Stores;

/// <summary>
/// <c>DELETE /api/v1/tenants/{tenant_id}/stores/{store_code}</c>: removes the store; an unknown code
/// is a 404 (the original answered success for it).
/// </summary>
internal static class DeleteStoreEndpoint
{
    public const string Name = "delete_store";

    public static async Task<JsonHttpResult<ApiResponse<StoreDeleteResponse>>> HandleAsync(
        [FromRoute(Name = "tenant_id")] string tenantId,
        [FromRoute(Name = "store_code")] string storeCode,
        StoreDirectory stores,
        CancellationToken cancellationToken)
    {
        await stores.DeleteAsync(tenantId, storeCode, cancellationToken);
        return ApiResults.Ok(new StoreDeleteResponse(storeCode), $"Store deleted successfully for tenant {tenantId}", Name);
    }
}
