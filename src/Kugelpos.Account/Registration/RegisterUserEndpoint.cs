using Kugelpos.Account.Users;
using Kugelpos.ServiceDefaults.Errors;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kugelpos.Account.Registration;

/// <summary>
/// <c>POST /api/v1/accounts/register/user</c>: a tenant's superuser adds a regular user to the
/// tenant named by the token (any <c>tenantId</c> in the body is ignored).
/// </summary>
internal static class RegisterUserEndpoint
{
    public const string Name = "register_user_by_superuser";

    public const string NotAuthorized = "You are not authorized to perform this action";

    public static async Task<JsonHttpResult<ApiResponse<UserAccountView>>> HandleAsync(
        UserAccountRequest request, KugelposCaller caller, UserRegistration registration, CancellationToken cancellationToken)
    {
        // A service token is no superuser's, whatever its subject.
        if (caller.IsService || !await registration.CanRegisterUsersAsync(caller.TenantId, caller.Subject, cancellationToken))
        {
            throw new KugelposException(StatusCodes.Status401Unauthorized, KugelposErrorCodes.AuthorizationError, NotAuthorized);
        }

        var user = await registration.RegisterUserAsync(caller.TenantId, request, cancellationToken);
        return ApiResults.Created(UserAccountView.From(user), UserRegistration.SuccessMessage, Name);
    }
}
