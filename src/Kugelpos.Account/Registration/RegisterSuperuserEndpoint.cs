using Kugelpos.Account.Http;
using Kugelpos.Account.Users;
using Kugelpos.ServiceDefaults.Responses;

namespace Kugelpos.Account.Registration;

/// <summary><c>POST /api/v1/accounts/register</c>: creates a tenant and its superuser.</summary>
internal static class RegisterSuperuserEndpoint
{
    public const string Name = "register_super_user";

    public static async Task<IResult> HandleAsync(HttpContext context, UserRegistration registration)
    {
        var request = await JsonRequestBody.ReadAsync<UserAccountRequest>(context);
        var superuser = await registration.RegisterSuperuserAsync(request, context.RequestAborted);
        return ApiResults.Created(UserAccountView.From(superuser), UserRegistration.SuccessMessage, Name);
    }
}
