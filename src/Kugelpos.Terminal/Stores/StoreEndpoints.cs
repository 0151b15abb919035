using Kugelpos.ServiceDefaults;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Kugelpos.Terminal.Tenants;

namespace Kugelpos.Terminal.Stores;

/// <summary>The store endpoints of a tenant: reads take any token of the tenant, writes a user's.</summary>
internal static class StoreEndpoints
{
    /// <summary>Maps <c>/api/v1/tenants/{tenant_id}/stores</c> and <c>.../stores/{store_code}</c>.</summary>
    public static IEndpointRouteBuilder MapStoreEndpoints(this IEndpointRouteBuilder app)
    {
        var stores = app.MapApiGroup("api/v1/tenants/{tenant_id}/stores");
        stores.MapPost(string.Empty, AddStoreEndpoint.HandleAsync)
            .WithName(AddStoreEndpoint.Name).RequireAuthorization(KugelposPolicies.User)
            .Produces<ApiResponse<TenantView>>(StatusCodes.Status201Created);
        stores.MapGet(string.Empty, GetStoresEndpoint.HandleAsync)
            .WithName(GetStoresEndpoint.Name).RequireAuthorization(KugelposPolicies.Tenant)
            .Produces<ApiResponse<IReadOnlyList<StoreView>>>();
        stores.MapGet("{store_code}", GetStoreEndpoint.HandleAsync)
            .WithName(GetStoreEndpoint.Name).RequireAuthorization(KugelposPolicies.Tenant)
            .Produces<ApiResponse<StoreView>>();
        stores.MapPut("{store_code}", UpdateStoreEndpoint.HandleAsync)
            .WithName(UpdateStoreEndpoint.Name).RequireAuthorization(KugelposPolicies.User)
            .Produces<ApiResponse<StoreView>>();
        stores.MapDelete("{store_code}", DeleteStoreEndpoint.HandleAsync)
            .WithName(DeleteStoreEndpoint.Name).RequireAuthorization(KugelposPolicies.User)
            .Produces<ApiResponse<StoreDeleteResponse>>();
        return app;
    }
}
