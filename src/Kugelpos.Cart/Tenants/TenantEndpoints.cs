using Kugelpos.Cart.Transactions;
using Kugelpos.ServiceDefaults;
using Kugelpos.ServiceDefaults.Errors;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kugelpos.Cart.Tenants;

/// <summary>
/// <c>POST /api/v1/tenants</c>: prepares the caller's tenant in the cart's database as the original's
/// tenant setup does (the transaction collections with their unique indexes); carts themselves live
/// in actor state and need nothing.
/// </summary>
public static class TenantEndpoints
{
    /// <summary>The original's operation name.</summary>
    public const string Name = "create_tenant";

    /// <summary>Maps the endpoint; a user's JWT only, as the original takes the tenant from it.</summary>
    /// <param name="app">The built application.</param>
    public static WebApplication MapCartTenants(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapApiGroup("api/v1").MapPost("tenants", CreateAsync).WithName(Name)
            .RequireAuthorization(KugelposPolicies.User)
            .Produces<ApiResponse<TenantView>>(StatusCodes.Status201Created);
        return app;
    }

    internal static async Task<JsonHttpResult<ApiResponse<TenantView>>> CreateAsync(
        TenantCreateRequest request, KugelposCaller caller, TransactionStore transactions, CancellationToken cancellationToken)
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

        await transactions.PrepareTenantAsync(caller.TenantId, cancellationToken);
        return ApiResults.Created(new TenantView(caller.TenantId), $"Creating tenant has completed: {caller.TenantId}", Name);
    }
}
