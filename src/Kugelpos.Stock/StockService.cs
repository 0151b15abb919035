using Kugelpos.Contracts.PubSub;
using Kugelpos.Contracts.Transactions;
using Kugelpos.Dapr.Outbox;
using Kugelpos.Dapr.Subscriptions;
using Kugelpos.Dapr.TerminalKeys;
using Kugelpos.EventDedup.Actors;
using Kugelpos.ServiceDefaults;
using Kugelpos.ServiceDefaults.Tenants;
using Kugelpos.Stock.Alerts;
using Kugelpos.Stock.Schedules;
using Kugelpos.Stock.Stocks;
using Kugelpos.Stock.Tenants;
using Kugelpos.Stock.Tranlogs;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kugelpos.Stock;

/// <summary>
/// The stock service: item quantities moved by the cart's transaction logs (topic-tranlog) and by
/// hand, their history, minimum and reorder points with alerts pushed over a WebSocket, and
/// snapshots on demand and on a per-tenant schedule, on the original's REST API (port 8006).
/// </summary>
public static class StockService
{
    /// <summary>The Dapr app id, also the default service name.</summary>
    public const string AppId = "stock";

    /// <summary>The original's welcome, since clients may compare it.</summary>
    public const string Welcome = "Welcome to Kugel-POS Stock API. supported version: v1";

    /// <summary>
    /// Registers the service defaults, JWT and terminal API-key authentication, the document store, the report of each
    /// received log back to its publisher, the stock types and the snapshot scheduler.
    /// </summary>
    /// <param name="builder">The application builder.</param>
    public static WebApplicationBuilder AddStockService(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddServiceDefaults(AppId);
        builder.AddKugelposJwt();
        builder.AddKugelposDocumentStore();
        builder.AddKugelposSubscriber(AppId);

        // A POS device may call with its API key, as in the original; the terminal service says whose key it is.
        builder.Services.AddKugelposTerminalKeysFromTerminalService();

        var services = builder.Services;
        services.AddOptions<StockOptions>()
            .BindConfiguration(StockOptions.SectionName)
            .Validate(options => options.IsValid, "Kugelpos:Stock:AlertCooldownSeconds must be 0 or more and ScheduleCheckInterval more than zero.")
            .ValidateOnStart();
        services.AddKugelposDeliveryStatusCallback();
        services.TryAddSingleton<StockRegistry>();
        services.TryAddSingleton<StockTenants>();
        services.TryAddSingleton<StockDatabase>();
        services.TryAddSingleton<StockReads>();
        services.TryAddSingleton<StockLedger>();
        services.TryAddSingleton<AlertHub>();
        services.TryAddSingleton<StockAlerts>();
        services.TryAddSingleton<AlertTokenCheck>();
        services.TryAddSingleton<TranlogHandler>();
        services.TryAddSingleton<Snapshots.Snapshots>();
        services.TryAddSingleton<SnapshotSchedules>();
        services.TryAddSingleton<SnapshotScheduler>();
        services.AddHostedService(provider => provider.GetRequiredService<SnapshotScheduler>());
        return builder;
    }

    /// <summary>Adds the shared middleware and endpoints, the subscription to transaction logs, then the stock endpoints.</summary>
    /// <param name="app">The built application.</param>
    public static WebApplication MapStockService(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapServiceDefaults();
        app.MapKugelposSubscriber();
        app.UseKugelposSubscriptions();
        app.UseWebSockets();
        app.MapWelcome(Welcome);
        app.MapKugelposSubscription<TransactionLog, TranlogHandler>(EventChannels.Tranlog);
        app.MapKugelposTenantSetup<StockTenants>(
            (tenants, tenant, cancellationToken) => tenants.PrepareAsync(tenant, cancellationToken), TenantSetupEndpoint.InTheUrl);
        app.MapStockEndpoints();
        app.Map(AlertSocketEndpoint.Route, AlertSocketEndpoint.HandleAsync).ExcludeFromDescription();
        return app;
    }
}
