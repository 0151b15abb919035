using Kugelpos.Journal.Journals;
using Kugelpos.ServiceDefaults;
using Kugelpos.ServiceDefaults.Errors;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kugelpos.Journal.Tenants;

/// <summary>
/// <c>POST /api/v1/tenants</c>: prepares the caller's tenant in the journal's database, as the
/// original's tenant setup does; logs of a tenant never prepared are dropped.
/// </summary>
internal static class TenantEndpoints
{
    public const string Name = "create_tenant";

    /// <summary>Maps the endpoint; a user's JWT only, as the original takes the tenant from it.</summary>
    public static WebApplication MapJournalTenants(this WebApplication app)
    {
        app.MapApiGroup("api/v1").MapPost("tenants", CreateAsync).WithName(Name)
            .RequireAuthorization(KugelposPolicies.User)
            .Produces<ApiResponse<TenantView>>(StatusCodes.Status201Created);
        return app;
    }

    public static async Task<JsonHttpResult<ApiResponse<TenantView>>> CreateAsync(
        TenantCreateRequest request, KugelposCaller caller, JournalStore store, CancellationToken cancellationToken)
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

        await store.PrepareTenantAsync(caller.TenantId, cancellationToken);
        return ApiResults.Created(new TenantView(caller.TenantId), $"Creating tenant has completed: {caller.TenantId}", Name);
    }
}
