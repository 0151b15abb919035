using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.Terminal.Stores;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Kugelpos.Terminal.Tenants;

/// <summary><c>GET /api/v1/tenants/{tenant_id}</c>: the tenant with all its stores.</summary>
internal static class GetTenantEndpoint
{
    public const string Name = "get_tenant";

    public static async Task<JsonHttpResult<ApiResponse<TenantView>>> HandleAsync(
        [FromRoute(Name = "tenant_id")] string tenantId, TenantDirectory tenants, StoreDirectory stores, CancellationToken cancellationToken)
    {
        var tenant = await tenants.RequireAsync(tenantId, cancellationToken);
        var view = TenantView.From(tenant, await stores.AllAsync(tenantId, cancellationToken));
        return ApiResults.Ok(view, $"Tenant info for tenant {tenantId}", Name);
    }
}
