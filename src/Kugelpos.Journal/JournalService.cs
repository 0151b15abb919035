using Kugelpos.Contracts.PubSub;
using Kugelpos.Contracts.Terminals;
using Kugelpos.Contracts.Transactions;
using Kugelpos.Dapr.Outbox;
using Kugelpos.Dapr.Subscriptions;
using Kugelpos.Dapr.TerminalKeys;
using Kugelpos.EventDedup.Actors;
using Kugelpos.Journal.Journals;
using Kugelpos.Journal.Logs;
using Kugelpos.Journal.Transactions;
using Kugelpos.ServiceDefaults;
using Kugelpos.ServiceDefaults.Tenants;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kugelpos.Journal;

/// <summary>
/// The journal service: every transaction, cash in/out and open/close log stored with its journal
/// entry, and the journal search, on the original's REST API (port 8005).
/// </summary>
public static class JournalService
{
    /// <summary>The Dapr app id, also the default service name.</summary>
    public const string AppId = "journal";

    /// <summary>The original's welcome, typo included, since clients may compare it.</summary>
    public const string Welcome = "Welcome to Kugel-POS Journal API. supoorted version: v1";

    /// <summary>
    /// Registers the service defaults, authentication (JWTs, and a terminal's API key checked with the
    /// terminal service), the document store, the journal store and the log handlers.
    /// </summary>
    /// <param name="builder">The application builder.</param>
    public static WebApplicationBuilder AddJournalService(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddServiceDefaults(AppId);
        builder.AddKugelposJwt();
        builder.AddKugelposDocumentStore();
        builder.AddKugelposSubscriber(AppId);
        builder.Services.AddKugelposTerminalKeysFromTerminalService();

        // As the original, each log's receipt is reported back to its publisher (cart or terminal).
        builder.Services.AddKugelposDeliveryStatusCallback();
        builder.Services.TryAddSingleton<JournalStore>();
        builder.Services.TryAddSingleton<LogJournalWriter>();
        builder.Services.TryAddSingleton<TransactionLogHandler>();
        builder.Services.TryAddSingleton<CashInOutLogHandler>();
        builder.Services.TryAddSingleton<OpenCloseLogHandler>();
        return builder;
    }

    /// <summary>Adds the shared middleware and endpoints, the subscriptions, then the journal endpoints.</summary>
    /// <param name="app">The built application.</param>
    public static WebApplication MapJournalService(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapServiceDefaults();
        app.MapKugelposSubscriber();
        app.MapWelcome(Welcome);
        app.UseKugelposSubscriptions();
        app.MapKugelposSubscription<TransactionLog, TransactionLogHandler>(EventChannels.Tranlog);
        app.MapKugelposSubscription<CashInOutLog, CashInOutLogHandler>(EventChannels.Cashlog);
        app.MapKugelposSubscription<OpenCloseLog, OpenCloseLogHandler>(EventChannels.OpenCloseLog);
        app.MapKugelposTenantSetup<JournalStore>(
            (store, tenant, cancellationToken) => store.PrepareTenantAsync(tenant, cancellationToken), TenantSetupEndpoint.InTheUrl);
        app.MapJournals();
        app.MapJournalTransactions();
        return app;
    }
}
