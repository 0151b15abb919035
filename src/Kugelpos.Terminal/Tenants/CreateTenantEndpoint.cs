using Kugelpos.DocumentStore;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kugelpos.Terminal.Tenants;

/// <summary>
/// <c>POST /api/v1/tenants</c>: a user of the tenant creates the tenant named by its token, and the
/// other services (master data) prepare it too. When one cannot, the tenant is not kept, so the
/// creation can simply be repeated (their setups are idempotent).
/// </summary>
internal static class CreateTenantEndpoint
{
    public const string Name = "create_tenant";

    public static async Task<JsonHttpResult<ApiResponse<TenantView>>> HandleAsync(
        TenantCreateRequest request,
        KugelposCaller caller,
        HttpContext context,
        TenantDirectory tenants,
        ServiceTenantSetup setup,
        CancellationToken cancellationToken)
    {
        var tenantId = TenantId.Parse(request.TenantId);
        if (!string.Equals(tenantId.Value, caller.TenantId, StringComparison.Ordinal))
        {
            throw TenantErrors.NotTheCallersTenant(tenantId.Value, caller.TenantId);
        }

        var tenant = await tenants.CreateAsync(tenantId.Value, request.TenantName!, request.Tags!, cancellationToken);
        TenantSetupTarget? failed;
        try
        {
            failed = await setup.PrepareAsync(tenantId, context.Request.Headers.Authorization.ToString(), cancellationToken);
        }
        catch
        {
            await tenants.ForgetAsync(tenantId.Value);
            throw;
        }

        if (failed is not null)
        {
            await tenants.ForgetAsync(tenantId.Value);
            throw TenantErrors.SetupFailed(tenantId.Value, failed);
        }

        return ApiResults.Created(TenantView.From(tenant, []), $"Tenant created successfully for tenant {tenantId}", Name);
    }
}
