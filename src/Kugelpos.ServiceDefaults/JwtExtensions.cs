using System.Security.Claims;
using Kugelpos.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Kugelpos.ServiceDefaults;

/// <summary>Kugelpos JWT authentication.</summary>
public static class JwtExtensions
{
    /// <summary>
    /// Adds HS256 JWT bearer authentication with the secret from <c>Kugelpos:Jwt:Secret</c>, or from the
    /// file <c>Kugelpos:Jwt:SecretFile</c> (created with a random secret when missing); start-up
    /// fails, naming the setting, when neither is set or the secret is shorter than 32 bytes. Also the
    /// terminal API-key scheme (<see cref="TerminalKeyAuthentication"/>, checked through the
    /// <see cref="ITerminalKeyVerifier"/> the service registers, with a short cache set by
    /// <see cref="TerminalKeyCacheOptions"/>; without a verifier every key is refused), the
    /// <see cref="KugelposPolicies.Tenant"/> policy (a user, terminal or service JWT, or a verified API
    /// key, naming the route's <c>{tenant_id}</c> where it has one), the <see cref="KugelposPolicies.User"/>
    /// policy (a user's JWT only) and the <see cref="KugelposTokenIssuer"/>. <see cref="KugelposCaller"/>
    /// tells the callers apart. Failed authentication answers a 401 envelope, a refused policy a 403
    /// envelope (through <c>MapServiceDefaults</c>).
    /// </summary>
    /// <param name="builder">The application builder.</param>
    public static WebApplicationBuilder AddKugelposJwt(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<KugelposJwtOptions>()
            .BindConfiguration(KugelposJwtOptions.SectionName)
            .ValidateOnStart();
        services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IPostConfigureOptions<KugelposJwtOptions>, KugelposJwtSecretFromFile>());
        services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IValidateOptions<KugelposJwtOptions>, KugelposJwtOptionsValidator>());
        services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IConfigureOptions<JwtBearerOptions>, KugelposJwtBearerSetup>());

        services.AddOptions<TerminalKeyCacheOptions>()
            .BindConfiguration(TerminalKeyCacheOptions.SectionName)
            .ValidateOnStart();
        services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IValidateOptions<TerminalKeyCacheOptions>, TerminalKeyCacheOptionsValidator>());
        services.TryAddSingleton<TerminalKeyCache>();

        // JWT stays the default, so only endpoints behind the Tenant policy ever check an API key.
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer()
            .AddScheme<AuthenticationSchemeOptions, TerminalKeyAuthenticationHandler>(TerminalKeyAuthentication.Scheme, null)
            .AddPolicyScheme(KugelposAuthentication.Scheme, null, options => options.ForwardDefaultSelector = KugelposAuthentication.SelectScheme);
        services.AddAuthorizationBuilder()
            .AddPolicy(KugelposPolicies.Tenant, policy => policy
                .AddAuthenticationSchemes(KugelposAuthentication.Scheme)
                .RequireAuthenticatedUser()
                .RequireAssertion(context => HasTenant(context.User) && IsTenantOfRoute(context) && IsWellFormedTerminal(context.User)))
            .AddPolicy(KugelposPolicies.User, policy => policy
                .AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme)
                .RequireAuthenticatedUser()
                .RequireAssertion(context => HasTenant(context.User) && IsTenantOfRoute(context) && IsUser(context.User)));
        services.TryAddSingleton<KugelposTokenIssuer>();
        return builder;
    }

    // Neither a terminal (its tokens say token_type "terminal") nor a service (is_service_account).
    private static bool IsUser(ClaimsPrincipal user) =>
        user.FindFirst(TerminalTokenClaims.Names.TokenType)?.Value != TerminalTokenClaims.TokenType
        && !string.Equals(user.FindFirst(KugelposClaims.IsServiceAccount)?.Value, "true", StringComparison.OrdinalIgnoreCase);

    // A terminal's credentials must describe the whole terminal, or handlers could not tell which one calls.
    private static bool IsWellFormedTerminal(ClaimsPrincipal user) =>
        user.FindFirst(TerminalTokenClaims.Names.TokenType)?.Value != TerminalTokenClaims.TokenType
        || TerminalTokenClaims.From(user) is not null;

    private static bool HasTenant(ClaimsPrincipal user) =>
        !string.IsNullOrWhiteSpace(user.FindFirst(KugelposClaims.TenantId)?.Value);

    // Where the route names a tenant (/api/v1/tenants/{tenant_id}/...), the token must name the same one,
    // so neither a user nor a service token of tenant A reaches tenant B's data.
    private static bool IsTenantOfRoute(AuthorizationHandlerContext context) =>
        context.Resource is not HttpContext http
        || http.GetRouteValue(KugelposClaims.TenantId) is not { } routeTenant
        || string.Equals(routeTenant.ToString(), context.User.FindFirst(KugelposClaims.TenantId)?.Value, StringComparison.Ordinal);
}
