using Kugelpos.ServiceDefaults.Responses;
using Microsoft.Net.Http.Headers;

namespace Kugelpos.Account.Http;

/// <summary>
/// A 401 envelope with <c>WWW-Authenticate: Bearer</c>, as OAuth2 clients expect. Returned rather
/// than thrown: the exception handler clears response headers before it writes.
/// </summary>
internal static class BearerChallenge
{
    public static IResult Create(HttpContext context, string errorCode, string message, string operation)
    {
        context.Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer";
        return ApiResults.Error(StatusCodes.Status401Unauthorized, errorCode, message, operation);
    }
}
