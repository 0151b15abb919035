using Kugelpos.Account.Users;
using Kugelpos.ServiceDefaults.Responses;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kugelpos.Account.Registration;

/// <summary><c>POST /api/v1/accounts/register</c>: creates a tenant and its superuser.</summary>
internal static class RegisterSuperuserEndpoint
{
    public const string Name = "register_super_user";

    public static async Task<JsonHttpResult<ApiResponse<UserAccountView>>> HandleAsync(
        UserAccountRequest request, UserRegistration registration, CancellationToken cancellationToken)
    {
        var superuser = await registration.RegisterSuperuserAsync(request, cancellationToken);
        return ApiResults.Created(UserAccountView.From(superuser), UserRegistration.SuccessMessage, Name);
    }
}
