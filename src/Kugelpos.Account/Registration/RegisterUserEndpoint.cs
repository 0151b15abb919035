using System.Security.Claims;
using Kugelpos.Account.Http;
using Kugelpos.Account.Users;
using Kugelpos.ServiceDefaults.Errors;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;

namespace Kugelpos.Account.Registration;

/// <summary>
/// <c>POST /api/v1/accounts/register/user</c>: a tenant's superuser adds a regular user to the
/// tenant named by the token (any <c>tenantId</c> in the body is ignored).
/// </summary>
internal static class RegisterUserEndpoint
{
    public const string Name = "register_user_by_superuser";

    public const string NotAuthorized = "You are not authorized to perform this action";

    public static async Task<IResult> HandleAsync(HttpContext context, ClaimsPrincipal caller, UserRegistration registration)
    {
        var tenantId = caller.FindFirst(KugelposClaims.TenantId)?.Value;
        var username = caller.FindFirst(KugelposClaims.Subject)?.Value;
        if (tenantId is null || !await registration.CanRegisterUsersAsync(tenantId, username, context.RequestAborted))
        {
            throw new KugelposException(StatusCodes.Status401Unauthorized, KugelposErrorCodes.AuthorizationError, NotAuthorized);
        }

        var request = await JsonRequestBody.ReadAsync<UserAccountRequest>(context);
        var user = await registration.RegisterUserAsync(tenantId, request, context.RequestAborted);
        return ApiResults.Created(UserAccountView.From(user), UserRegistration.SuccessMessage, Name);
    }
}
