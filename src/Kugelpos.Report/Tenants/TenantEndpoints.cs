using Kugelpos.ServiceDefaults;
using Kugelpos.ServiceDefaults.Errors;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kugelpos.Report.Tenants;

/// <summary><c>POST /api/v1/tenants</c>: sets the caller's tenant up in the report service; safe to repeat.</summary>
internal static class TenantEndpoints
{
    public const string Name = "create_tenant";

    public static IServiceCollection AddReportTenants(this IServiceCollection services)
    {
        services.TryAddSingleton<ReportTenants>();
        return services;
    }

    public static WebApplication MapReportTenants(this WebApplication app)
    {
        app.MapApiGroup("api/v1").MapPost("tenants", CreateAsync).WithName(Name)
            .RequireAuthorization(KugelposPolicies.User)
            .Produces<ApiResponse<TenantView>>(StatusCodes.Status201Created);
        return app;
    }

    internal static async Task<JsonHttpResult<ApiResponse<TenantView>>> CreateAsync(
        TenantCreateRequest request, KugelposCaller caller, ReportTenants tenants, CancellationToken cancellationToken)
    {
        // The original answers 400 (not 403) when the body names another tenant than the token.
        if (!string.Equals(request.TenantId, caller.TenantId, StringComparison.Ordinal))
        {
            throw new KugelposException(
                StatusCodes.Status400BadRequest,
                KugelposErrorCodes.ValidationError,
                $"Tenant ID in request does not match the tenant ID of the token: req.tenant_id->{request.TenantId}, tenant_id->{caller.TenantId}",
                "tenantId");
        }

        await tenants.PrepareAsync(caller.TenantId, cancellationToken);
        return ApiResults.Created(new TenantView(caller.TenantId), $"Creating tenant has completed: {caller.TenantId}", Name);
    }
}
