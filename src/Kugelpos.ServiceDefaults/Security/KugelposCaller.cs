using System.Reflection;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Kugelpos.ServiceDefaults.Security;

/// <summary>
/// Who is calling, read from the validated Kugelpos JWT: a user (or terminal), or another service
/// calling with a service token. Handlers take it as a parameter on endpoints that require
/// <see cref="KugelposPolicies.Tenant"/>.
/// </summary>
/// <param name="Subject">The user name, terminal id or <c>service:{name}</c>.</param>
/// <param name="TenantId">The tenant the token names.</param>
/// <param name="IsSuperuser">Whether the user administers the tenant (never for a service).</param>
/// <param name="ServiceName">The calling service's name for a service token; null for users.</param>
public sealed record KugelposCaller(string Subject, string TenantId, bool IsSuperuser, string? ServiceName)
{
    /// <summary>True when another service calls with a service token rather than a user or terminal.</summary>
    public bool IsService => ServiceName is not null;

    /// <summary>The caller of an authenticated request, or null when the token lacks a subject or tenant.</summary>
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
