using Kugelpos.ServiceDefaults;
using Kugelpos.Terminal.Stores;
using Kugelpos.Terminal.Tenants;
using Kugelpos.Terminal.Terminals;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kugelpos.Terminal;

/// <summary>
/// The terminal service: tenants and their stores, terminals, and each terminal's live state in its
/// <c>TerminalActor</c>, on the original's REST API (port 8001).
/// </summary>
public static class TerminalService
{
    /// <summary>The Dapr app id, also the default service name.</summary>
    public const string AppId = "terminal";

    /// <summary>The original's welcome, typo included, since clients may compare it.</summary>
    public const string Welcome = "Welcome to Kugel-POS Terminal API. supoorted version: v1";

    /// <summary>
    /// Registers the service defaults, JWT authentication, the document store with its health check,
    /// the encryption of stored API keys and the service's own types.
    /// </summary>
    /// <param name="builder">The application builder.</param>
    public static WebApplicationBuilder AddTerminalService(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddServiceDefaults(AppId);
        builder.AddKugelposJwt();
        builder.AddKugelposDocumentStore();
        builder.AddKugelposSecretProtection();
        builder.Services.TryAddSingleton<TerminalDatabases>();
        builder.Services.AddTenants();
        builder.AddTerminals();
        return builder;
    }

    /// <summary>Adds the shared middleware and endpoints, then the terminal endpoints.</summary>
    /// <param name="app">The built application.</param>
    public static WebApplication MapTerminalService(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapServiceDefaults();
        app.MapWelcome(Welcome);
        app.MapTenantEndpoints();
        app.MapStoreEndpoints();
        app.MapTerminals();
        return app;
    }
}
