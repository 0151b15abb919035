using Kugelpos.Dapr;
using Kugelpos.ServiceDefaults;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Kugelpos.Terminal.Stores;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kugelpos.Terminal.Tenants;

/// <summary>The tenant endpoints: reads take any token of the tenant, writes a user's.</summary>
internal static class TenantEndpoints
{
    /// <summary>Registers the tenant and store directories and the service calls tenant creation makes.</summary>
    public static IServiceCollection AddTenants(this IServiceCollection services)
    {
        services.TryAddSingleton<TenantDirectory>();
        services.TryAddSingleton<StoreDirectory>();
        // Master data is only the client's default app: each setup request names its own target.
        services.AddDaprServiceClient<ServiceTenantSetup>(TenantSetupTarget.MasterData);
        return services;
    }

    /// <summary>Maps <c>/api/v1/tenants</c> and <c>/api/v1/tenants/{tenant_id}</c>.</summary>
    public static IEndpointRouteBuilder MapTenantEndpoints(this IEndpointRouteBuilder app)
    {
        var tenants = app.MapApiGroup("api/v1/tenants");
        tenants.MapPost(string.Empty, CreateTenantEndpoint.HandleAsync)
            .WithName(CreateTenantEndpoint.Name).RequireAuthorization(KugelposPolicies.User)
            .Produces<ApiResponse<TenantView>>(StatusCodes.Status201Created);
        tenants.MapGet("{tenant_id}", GetTenantEndpoint.HandleAsync)
            .WithName(GetTenantEndpoint.Name).RequireAuthorization(KugelposPolicies.Tenant)
            .Produces<ApiResponse<TenantView>>();
        tenants.MapPut("{tenant_id}", UpdateTenantEndpoint.HandleAsync)
            .WithName(UpdateTenantEndpoint.Name).RequireAuthorization(KugelposPolicies.User)
            .Produces<ApiResponse<TenantView>>();
        tenants.MapDelete("{tenant_id}", DeleteTenantEndpoint.HandleAsync)
            .WithName(DeleteTenantEndpoint.Name).RequireAuthorization(KugelposPolicies.User)
            .Produces<ApiResponse<TenantDeleteResponse>>();
        return app;
    }
}
