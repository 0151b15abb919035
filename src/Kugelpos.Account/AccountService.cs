using Kugelpos.Account.Login;
using Kugelpos.Account.Registration;
using Kugelpos.Account.Tenants;
using Kugelpos.Account.Users;
using Kugelpos.ServiceDefaults;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kugelpos.Account;

/// <summary>
/// The account service: tenants, their users and the login that issues Kugelpos JWTs, on the
/// original's REST API (port 8000).
/// </summary>
public static class AccountService
{
    /// <summary>The Dapr app id, also the default service name.</summary>
    public const string AppId = "account";

    /// <summary>
    /// Registers the service defaults, JWT authentication and issuing, the document store with its
    /// health check, the validated <see cref="AccountOptions"/> and the service's own types.
    /// </summary>
    /// <param name="builder">The application builder.</param>
    public static WebApplicationBuilder AddAccountService(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddServiceDefaults(AppId);
        builder.AddKugelposJwt();
        builder.AddKugelposDocumentStore();

        var services = builder.Services;
        services.AddOptions<AccountOptions>()
            .BindConfiguration(AccountOptions.SectionName)
            .Validate(
                options => options.IsValid,
                $"{AccountOptions.PasswordWorkFactorKey} must be from {AccountOptions.MinWorkFactor} to {AccountOptions.MaxWorkFactor}.")
            .ValidateOnStart();

        services.TryAddSingleton<TenantIdGenerator>();
        services.TryAddSingleton<TenantRegistry>();
        services.TryAddSingleton<UserAccounts>();
        services.TryAddSingleton<PasswordHasher>();
        services.TryAddSingleton<UserRegistration>();
        services.TryAddSingleton<Authenticator>();
        return builder;
    }

    /// <summary>Adds the shared middleware and endpoints, then the account endpoints.</summary>
    /// <param name="app">The built application.</param>
    public static WebApplication MapAccountService(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapServiceDefaults();

        app.MapWelcome("Welcome to Kugel-POS Auth API. supported version: v1");

        var accounts = app.MapApiGroup("api/v1/accounts");
        // An envelope result does not describe itself in the OpenAPI document; Produces does.
        accounts.MapPost("register", RegisterSuperuserEndpoint.HandleAsync)
            .WithName(RegisterSuperuserEndpoint.Name).AllowAnonymous()
            .Produces<ApiResponse<UserAccountView>>(StatusCodes.Status201Created);
        // The OAuth2 token endpoint is called by POS clients, not by pages holding a cookie to forge.
        accounts.MapPost("token", LoginEndpoint.HandleAsync)
            .WithName(LoginEndpoint.Name).AllowAnonymous().DisableAntiforgery();
        accounts.MapPost("register/user", RegisterUserEndpoint.HandleAsync)
            .WithName(RegisterUserEndpoint.Name).RequireAuthorization(KugelposPolicies.Tenant)
            .Produces<ApiResponse<UserAccountView>>(StatusCodes.Status201Created);
        return app;
    }
}
