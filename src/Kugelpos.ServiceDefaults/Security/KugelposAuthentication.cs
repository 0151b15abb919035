using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Kugelpos.ServiceDefaults.Security;

/// <summary>
/// The scheme <see cref="KugelposPolicies.Tenant"/> authenticates with: the bearer JWT when the request
/// has one (user, terminal or service token), else the terminal's <c>X-API-KEY</c>. The original
/// checks in that order, so a request carrying both is judged by its token alone.
/// </summary>
public static class KugelposAuthentication
{
    /// <summary>The forwarding scheme's name.</summary>
    public const string Scheme = "Kugelpos";

    private const string BearerPrefix = "Bearer ";

    /// <summary>The scheme that judges <paramref name="context"/>'s credentials.</summary>
    internal static string SelectScheme(HttpContext context) =>
        !context.Request.Headers[HeaderNames.Authorization].ToString().StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase)
        && !string.IsNullOrEmpty(context.Request.Headers[TerminalKeyAuthentication.HeaderName].ToString())
            ? TerminalKeyAuthentication.Scheme
            : JwtBearerDefaults.AuthenticationScheme;
}
