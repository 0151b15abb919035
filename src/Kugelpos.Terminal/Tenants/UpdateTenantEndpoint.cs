using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.Terminal.Stores;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Kugelpos.Terminal.Tenants;

/// <summary><c>PUT /api/v1/tenants/{tenant_id}</c>: replaces the tenant's name and tags.</summary>
internal static class UpdateTenantEndpoint
{
    public const string Name = "update_tenant";

    public static async Task<JsonHttpResult<ApiResponse<TenantView>>> HandleAsync(
        [FromRoute(Name = "tenant_id")] string tenantId,
        TenantUpdateRequest request,
        TenantDirectory tenants,
        StoreDirectory stores,
        CancellationToken cancellationToken)
    {
        var tenant = await tenants.UpdateAsync(tenantId, request.TenantName!, request.Tags!, cancellationToken);
        var view = TenantView.From(tenant, await stores.AllAsync(tenantId, cancellationToken));
        return ApiResults.Ok(view, $"Tenant updated successfully for tenant {tenantId}", Name);
    }
}
