using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.Terminal.Stores;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Kugelpos.Terminal.Tenants;

/// <summary>
/// <c>DELETE /api/v1/tenants/{tenant_id}</c>: removes the tenant and its stores. As in the original,
/// its terminals and logs stay in its database.
/// </summary>
internal static class DeleteTenantEndpoint
{
    public const string Name = "delete_tenant";

    public static async Task<JsonHttpResult<ApiResponse<TenantDeleteResponse>>> HandleAsync(
        [FromRoute(Name = "tenant_id")] string tenantId, TenantDirectory tenants, StoreDirectory stores, CancellationToken cancellationToken)
    {
        await tenants.DeleteAsync(tenantId, cancellationToken);
        await stores.DeleteAllAsync(tenantId, cancellationToken);
        return ApiResults.Ok(new TenantDeleteResponse(tenantId), $"Tenant deleted successfully for tenant {tenantId}", Name);
    }
}
