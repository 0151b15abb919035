using Kugelpos.Dapr.TerminalKeys;
using Kugelpos.MasterData.Categories;
using Kugelpos.MasterData.ItemBooks;
using Kugelpos.MasterData.Items;
using Kugelpos.MasterData.Payments;
using Kugelpos.MasterData.Promotions;
using Kugelpos.MasterData.Settings;
using Kugelpos.MasterData.Staff;
using Kugelpos.MasterData.Storage;
using Kugelpos.MasterData.StoreItems;
using Kugelpos.MasterData.Taxes;
using Kugelpos.ServiceDefaults;
using Kugelpos.ServiceDefaults.Tenants;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kugelpos.MasterData;

/// <summary>
/// The master-data service: a tenant's categories, items, store prices, payments, staff, settings,
/// promotions, item books and taxes, on the original's REST API (port 8002). Reads accept a user
/// JWT or a terminal's identity; writes need a user JWT.
/// </summary>
public static class MasterDataService
{
    /// <summary>The Dapr app id, also the default service name.</summary>
    public const string AppId = "master-data";

    /// <summary>The original's welcome, typo included, since clients may compare it.</summary>
    public const string Welcome = "Welcome to Kugel-POS Master-data Service API. supoorted version: v1";

    /// <summary>
    /// Registers the service defaults, JWT authentication, the document store with its health check,
    /// the encryption of stored PINs and the service's own types.
    /// </summary>
    /// <param name="builder">The application builder.</param>
    public static WebApplicationBuilder AddMasterDataService(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddServiceDefaults(AppId);
        builder.AddKugelposJwt();
        builder.AddKugelposDocumentStore();
        builder.AddKugelposSecretProtection();

        // A POS device reads master data with its API key; the terminal service says whose key it is.
        builder.Services.AddKugelposTerminalKeysFromTerminalService();

        var services = builder.Services;
        services.TryAddSingleton<MasterDataDatabase>();
        services.AddSingleton<IMasterDataCollection>(CategoryRepository.Collection);
        services.TryAddSingleton<CategoryRepository>();
        services.AddSingleton<IMasterDataCollection>(ItemRepository.Collection);
        services.TryAddSingleton<ItemRepository>();
        services.AddSingleton<IMasterDataCollection>(StoreItemRepository.Collection);
        services.TryAddSingleton<StoreItemRepository>();
        services.AddSingleton<IMasterDataCollection>(PaymentRepository.Collection);
        services.TryAddSingleton<PaymentRepository>();

        services.AddSingleton<IMasterDataCollection>(StaffRepository.Collection);
        services.TryAddSingleton<StaffRepository>();
        services.TryAddScoped<StaffPresenter>();
        services.AddSingleton<IMasterDataCollection>(SettingsRepository.Collection);
        services.TryAddSingleton<SettingsRepository>();
        services.AddSingleton<IMasterDataCollection>(PromotionRepository.Collection);
        services.TryAddSingleton<PromotionRepository>();
        services.AddSingleton<IMasterDataCollection>(ItemBookRepository.Collection);
        services.TryAddSingleton<ItemBookRepository>();
        services.TryAddSingleton<ItemBookDetails>();
        return builder;
    }

    /// <summary>Adds the shared middleware and endpoints, then the master-data endpoints.</summary>
    /// <param name="app">The built application.</param>
    public static WebApplication MapMasterDataService(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapServiceDefaults();
        app.MapWelcome(Welcome);

        app.MapKugelposTenantSetup<MasterDataDatabase>(
            (database, tenant, cancellationToken) => database.PrepareTenantAsync(tenant, cancellationToken),
            (_, _) => "Tenant ID in request does not match the tenant ID of the token");

        // Every resource of a tenant; the Tenant and User policies hold {tenant_id} to the token's tenant.
        var tenant = app.MapApiGroup("api/v1/tenants/{tenant_id}");
        CategoryEndpoints.Map(tenant);
        ItemEndpoints.Map(tenant);
        StoreItemEndpoints.Map(tenant);
        PaymentEndpoints.Map(tenant);
        TaxEndpoints.Map(tenant);

        StaffEndpoints.Map(tenant);
        SettingsEndpoints.Map(tenant);
        PromotionEndpoints.Map(tenant);
        ItemBookEndpoints.Map(tenant);
        ItemBookTreeEndpoints.Map(tenant);
        return app;
    }
}
