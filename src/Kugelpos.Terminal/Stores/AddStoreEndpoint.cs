using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.Terminal.Tenants;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Kugelpos.Terminal.Stores;

/// <summary><c>POST /api/v1/tenants/{tenant_id}/stores</c>: adds a store and answers, as the original, with the whole tenant.</summary>
internal static class AddStoreEndpoint
{
    public const string Name = "add_store";

    public static async Task<JsonHttpResult<ApiResponse<TenantView>>> HandleAsync(
        [FromRoute(Name = "tenant_id")] string tenantId,
        StoreCreateRequest request,
        TenantDirectory tenants,
        StoreDirectory stores,
        CancellationToken cancellationToken)
    {
        await stores.AddAsync(tenantId, request, cancellationToken);
        var tenant = await tenants.RequireAsync(tenantId, cancellationToken);
        var view = TenantView.From(tenant, await stores.AllAsync(tenantId, cancellationToken));
        return ApiResults.Created(view, $"Store created successfully for tenant {tenantId}", Name);
    }
}
