using Kugelpos.Cart.Abstractions.Masters;
using Kugelpos.Cart.Cache;
using Kugelpos.Cart.Carts;
using Kugelpos.Cart.MasterData;
using Kugelpos.Cart.Plugins;
using Kugelpos.Cart.Transactions;
using Kugelpos.Dapr.Actors;
using Kugelpos.Dapr.TerminalKeys;
using Kugelpos.ServiceDefaults;
using Kugelpos.ServiceDefaults.Tenants;

namespace Kugelpos.Cart;

/// <summary>
/// The cart service: each cart is a <c>CartActor</c> addressed by its cart id; transactions, voids
/// and returns on the original's REST API (port 8003).
/// </summary>
public static class CartService
{
    /// <summary>The Dapr app id, also the default service name.</summary>
    public const string AppId = "cart";

    /// <summary>The original's welcome, typo included, since clients may compare it.</summary>
    public const string Welcome = "Welcome to Kugel-POS Cart API. supoorted version: v1";

    /// <summary>
    /// Registers the service defaults, authentication (JWTs, and a terminal's API key checked with the
    /// terminal service), the document store, the cached master data (<see cref="ICartMasterData"/>) the
    /// sales plugins of <c>plugins.json</c>, the transactions with their actor, and the carts with theirs.
    /// </summary>
    /// <param name="builder">The application builder.</param>
    public static WebApplicationBuilder AddCartService(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddServiceDefaults(AppId);
        builder.AddKugelposJwt();
        builder.AddKugelposDocumentStore();

        // A POS device calls the cart with its API key; the terminal service says whose key it is.
        builder.Services.AddKugelposTerminalKeysFromTerminalService();
        builder.Services.AddCartMasterData();
        builder.Services.AddCartPlugins();
        builder.AddCartTransactions();
        builder.AddCartActors();
        return builder;
    }

    /// <summary>Adds the shared middleware and endpoints, then the cart endpoints.</summary>
    /// <param name="app">The built application.</param>
    public static WebApplication MapCartService(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapServiceDefaults();
        app.MapWelcome(Welcome);
        app.MapKugelposActors();
        TerminalCacheEndpoints.Map(app.MapApiGroup("api/v1/cache"));
        app.MapCartTransactions();
        app.MapCartEndpoints();
        app.MapKugelposTenantSetup<TransactionStore>((store, tenant, cancellationToken) => store.PrepareTenantAsync(tenant, cancellationToken));
        return app;
    }
}
