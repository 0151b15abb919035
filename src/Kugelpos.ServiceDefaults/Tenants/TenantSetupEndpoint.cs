using Kugelpos.ServiceDefaults.Errors;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kugelpos.ServiceDefaults.Tenants;

/// <summary>
/// The <c>POST /api/v1/tenants</c> of the services that only prepare their own database for a tenant
/// (master data, cart, report, journal, stock), as the original's tenant setup does: a user's JWT,
/// the body's tenant must be the token's, 201 with the tenant; safe to repeat.
/// </summary>
public static class TenantSetupEndpoint
{
    /// <summary>The original's operation name.</summary>
    public const string Operation = "create_tenant";

    /// <summary>Maps the endpoint; <paramref name="prepare"/> sets the tenant up and must be safe to repeat.</summary>
    /// <typeparam name="TStore">The service's store that prepares a tenant, resolved per request.</typeparam>
    /// <param name="endpoints">The application.</param>
    /// <param name="prepare">Prepares the tenant in <typeparamref name="TStore"/>.</param>
    /// <param name="mismatchMessage">
    /// The 400's message when the body names another tenant than the token, from the requested and
    /// the token's tenant: the services word it differently, as the original's do. Null for the
    /// cart's wording.
    /// </param>
    public static RouteHandlerBuilder MapKugelposTenantSetup<TStore>(
        this IEndpointRouteBuilder endpoints,
        Func<TStore, string, CancellationToken, Task> prepare,
        Func<string?, string, string>? mismatchMessage = null)
        where TStore : notnull
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(prepare);
        var message = mismatchMessage ?? OfTheToken;
        return endpoints.MapApiGroup("api/v1").MapPost("tenants", async (
                TenantCreateRequest request, KugelposCaller caller, HttpContext context) =>
            {
                // The original answers 400 (not 403) when the body names another tenant than the token.
                if (!string.Equals(request.TenantId, caller.TenantId, StringComparison.Ordinal))
                {
                    throw new KugelposException(
                        StatusCodes.Status400BadRequest,
                        KugelposErrorCodes.ValidationError,
                        message(request.TenantId, caller.TenantId),
                        "tenantId");
                }

                var store = context.RequestServices.GetRequiredService<TStore>();
                await prepare(store, caller.TenantId, context.RequestAborted);
                return ApiResults.Created(new TenantView(caller.TenantId), $"Creating tenant has completed: {caller.TenantId}", Operation);
            })
            .WithName(Operation)
            .RequireAuthorization(KugelposPolicies.User)
            .Produces<ApiResponse<TenantView>>(StatusCodes.Status201Created);
    }

    /// <summary>The cart's and the report's wording of a tenant mismatch.</summary>
    /// <param name="requested">The body's tenant.</param>
    /// <param name="caller">The token's tenant.</param>
    public static string OfTheToken(string? requested, string caller) =>
        $"Tenant ID in request does not match the tenant ID of the token: req.tenant_id->{requested}, tenant_id->{caller}";

    /// <summary>The journal's and the stock's wording of a tenant mismatch (the original's, naming a URL it has not).</summary>
    /// <param name="requested">The body's tenant.</param>
    /// <param name="caller">The token's tenant.</param>
    public static string InTheUrl(string? requested, string caller) =>
        $"Tenant ID in request does not match the tenant ID in the URL : req.tenant_id->{requested}, tenant_id->{caller}";
}
