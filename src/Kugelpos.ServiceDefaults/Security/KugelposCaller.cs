using System.Reflection;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Kugelpos.ServiceDefaults.Security;

/// <summary>
/// Who is calling, read from the verified credentials: a user (user JWT), a terminal (terminal JWT or
/// <c>X-API-KEY</c>, both giving the same claims) or another service (service token). Handlers take it
/// as a parameter on endpoints that require <see cref="KugelposPolicies.Tenant"/>.
/// </summary>
/// <param name="Subject">The user name, <c>terminal:{terminal_id}</c> or <c>service:{name}</c>.</param>
/// <param name="TenantId">The tenant the credentials name.</param>
/// <param name="IsSuperuser">Whether the user administers the tenant (never for a terminal or a service).</param>
/// <param name="ServiceName">The calling service's name for a service token; null for users and terminals.</param>
public sealed record KugelposCaller(string Subject, string TenantId, bool IsSuperuser, string? ServiceName)
{
    /// <summary>The calling terminal as it stood when its token was issued or its key verified; null unless a terminal calls.</summary>
    public TerminalTokenClaims? Terminal { get; init; }

    /// <summary>True when the terminal proved itself with <c>X-API-KEY</c> in this request rather than a terminal JWT.</summary>
    public bool ByApiKey { get; init; }

    /// <summary>True when another service calls with a service token rather than a user or terminal.</summary>
    public bool IsService => ServiceName is not null;

    /// <summary>True when a terminal calls, with its JWT or its API key.</summary>
    public bool IsTerminal => Terminal is not null;

    /// <summary>True when a user calls with a user JWT: neither a terminal nor a service.</summary>
    public bool IsUser => !IsService && !IsTerminal;

    /// <summary>
    /// The caller of an authenticated request, or null when the credentials lack a subject or tenant,
    /// or claim to be a terminal's without the complete terminal claims.
    /// </summary>
    /// <param name="user">The request's principal.</param>
    public static KugelposCaller? From(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var subject = user.FindFirst(KugelposClaims.Subject)?.Value;
        var tenantId = user.FindFirst(KugelposClaims.TenantId)?.Value;
        if (string.IsNullOrWhiteSpace(subject) || string.IsNullOrWhiteSpace(tenantId))
        {
            return null;
        }

        if (user.FindFirst(TerminalTokenClaims.Names.TokenType)?.Value == TerminalTokenClaims.TokenType)
        {
            return TerminalTokenClaims.From(user) is { } terminal
                ? new KugelposCaller(subject, tenantId, false, null)
                {
                    Terminal = terminal,
                    ByApiKey = user.Identities.Any(identity => identity.AuthenticationType == TerminalKeyAuthentication.Scheme),
                }
                : null;
        }

        // A service token says so twice (sub "service:{name}" and is_service_account); both must agree.
        var service = user.FindFirst(KugelposClaims.Service)?.Value;
        var isService = IsTrue(user, KugelposClaims.IsServiceAccount)
            && !string.IsNullOrWhiteSpace(service)
            && subject == KugelposClaims.ServiceSubjectPrefix + service;
        return new KugelposCaller(subject, tenantId, !isService && IsTrue(user, KugelposClaims.IsSuperuser), isService ? service : null);
    }

    /// <summary>Minimal-API binding: the caller of the request; a request without one is refused before the handler.</summary>
    /// <param name="context">The request.</param>
    /// <param name="parameter">The handler parameter.</param>
    public static ValueTask<KugelposCaller?> BindAsync(HttpContext context, ParameterInfo parameter)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult(From(context.User));
    }

    private static bool IsTrue(ClaimsPrincipal user, string claim) =>
        string.Equals(user.FindFirst(claim)?.Value, "true", StringComparison.OrdinalIgnoreCase);
}
