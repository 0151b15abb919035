using Kugelpos.ServiceDefaults;
using Kugelpos.ServiceDefaults.Errors;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kugelpos.Stock.Tenants;

/// <summary>
/// <c>POST /api/v1/tenants</c>: prepares the caller's tenant, after which its transaction logs are
/// applied (those of a tenant never prepared are dead-lettered).
/// </summary>
internal static class TenantEndpoints
{
    public const string Name = "create_tenant";

    public static void MapStockTenants(this WebApplication app)
    {
        app.MapApiGroup("api/v1").MapPost("tenants", CreateAsync).WithName(Name)
            .RequireAuthorization(KugelposPolicies.User)
            .Produces<ApiResponse<TenantView>>(StatusCodes.Status201Created);
    }

    public static async Task<JsonHttpResult<ApiResponse<TenantView>>> CreateAsync(
        TenantCreateRequest request, KugelposCaller caller, StockTenants tenants, CancellationToken cancellationToken)
    {
        // The original answers 400 (not 403) when the body names another tenant than the token.
        if (!string.Equals(request.TenantId, caller.TenantId, StringComparison.Ordinal))
        {
            throw new KugelposException(
                StatusCodes.Status400BadRequest,
                KugelposErrorCodes.ValidationError,
                $"Tenant ID in request does not match the tenant ID in the URL : req.tenant_id->{request.TenantId}, tenant_id->{caller.TenantId}",
                "tenantId");
        }

        await tenants.PrepareAsync(caller.TenantId, cancellationToken);
        return ApiResults.Created(new TenantView(caller.TenantId), $"Creating tenant has completed: {caller.TenantId}", Name);
    }
}
