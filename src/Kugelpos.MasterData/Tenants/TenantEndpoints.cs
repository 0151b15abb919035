using Kugelpos.MasterData.Storage;
using Kugelpos.ServiceDefaults.Errors;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kugelpos.MasterData.Tenants;

/// <summary>
/// <c>POST /api/v1/tenants</c>: prepares the caller's tenant as the original's tenant setup does,
/// every master-data collection with its unique indexes. The tax master is configuration, so no
/// tax documents are written.
/// </summary>
internal static class TenantEndpoints
{
    public const string Operation = "create_tenant";

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("tenants", CreateAsync).WithName(Operation)
            .RequireAuthorization(KugelposPolicies.User)
            .Produces<ApiResponse<TenantView>>(StatusCodes.Status201Created);
    }

    public static async Task<JsonHttpResult<ApiResponse<TenantView>>> CreateAsync(
        TenantCreateRequest request, KugelposCaller caller, MasterDataDatabase database, CancellationToken cancellationToken)
    {
        // The original answers 400 (not 403) when the body names another tenant than the token.
        if (!string.Equals(request.TenantId, caller.TenantId, StringComparison.Ordinal))
        {
            throw new KugelposException(
                StatusCodes.Status400BadRequest,
                KugelposErrorCodes.ValidationError,
                "Tenant ID in request does not match the tenant ID of the token",
                "tenantId");
        }

        await database.PrepareTenantAsync(caller.TenantId, cancellationToken);
        return ApiResults.Created(new TenantView(caller.TenantId), $"Creating tenant has completed: {caller.TenantId}", Operation);
    }
}
