using Kugelpos.ServiceDefaults.Errors;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Kugelpos.Account.Login;

/// <summary><c>POST /api/v1/accounts/token</c>: the OAuth2 password grant, answering a Kugelpos JWT.</summary>
internal static class LoginEndpoint
{
    public const string Name = "login_for_access_token";

    /// <summary>The one answer to every refused login, as the original words it.</summary>
    public const string Refusal = "Incorrect username, password or tenant_id";

    public static async Task<Ok<LoginResponse>> HandleAsync(
        [AsParameters] LoginForm form, HttpContext context, Authenticator authenticator, KugelposTokenIssuer issuer)
    {
        var (username, password, tenantId) = form.Credentials;
        var user = await authenticator.AuthenticateAsync(tenantId, username, password, context.RequestAborted);
        if (user is null)
        {
            throw new KugelposException(StatusCodes.Status401Unauthorized, KugelposErrorCodes.AuthenticationError, Refusal);
        }

        // RFC 6749 5.1: token responses must not be cached.
        context.Response.Headers[HeaderNames.CacheControl] = "no-store";
        context.Response.Headers[HeaderNames.Pragma] = "no-cache";
        var token = issuer.Issue(user.Username, user.TenantId, user.IsSuperuser);
        return TypedResults.Ok(new LoginResponse(token, "bearer"));
    }
}
