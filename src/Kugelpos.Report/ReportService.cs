using Kugelpos.Dapr.Outbox;
using Kugelpos.Dapr.TerminalKeys;
using Kugelpos.EventDedup.Actors;
using Kugelpos.Report.Reports;
using Kugelpos.Report.Subscriptions;
using Kugelpos.Report.Tenants;
using Kugelpos.ServiceDefaults;
using Kugelpos.ServiceDefaults.Tenants;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kugelpos.Report;

/// <summary>
/// The report service: keeps the transaction, cash in/out and open/close logs it receives and
/// computes flash and daily reports from them, on the original's REST API (port 8004).
/// </summary>
public static class ReportService
{
    /// <summary>The Dapr app id, also the default service name.</summary>
    public const string AppId = "report";

    /// <summary>The original's welcome, typo included, since clients may compare it.</summary>
    public const string Welcome = "Welcome to Kugel-POS Report API. supoorted version: v1";

    /// <summary>
    /// Registers the service defaults, authentication (JWTs, and a terminal's API key checked with the
    /// terminal service), the document store, the delivery-status reports to the publishers, the log
    /// subscriptions, the tenants and the reports.
    /// </summary>
    /// <param name="builder">The application builder.</param>
    public static WebApplicationBuilder AddReportService(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddServiceDefaults(AppId);
        builder.AddKugelposJwt();
        builder.AddKugelposDocumentStore();
        builder.AddKugelposSubscriber(AppId);
        builder.Services.AddKugelposTerminalKeysFromTerminalService();
        builder.Services.AddKugelposDeliveryStatusCallback();
        builder.Services.TryAddSingleton<ReportTenants>();
        builder.Services.AddReportSubscriptions();
        builder.Services.AddReports();
        return builder;
    }

    /// <summary>Adds the shared middleware and endpoints, then the subscriptions and the report endpoints.</summary>
    /// <param name="app">The built application.</param>
    public static WebApplication MapReportService(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapServiceDefaults();
        app.MapKugelposSubscriber();
        app.MapWelcome(Welcome);
        app.MapReportSubscriptions();
        app.MapKugelposTenantSetup<ReportTenants>((tenants, tenant, cancellationToken) => tenants.PrepareAsync(tenant, cancellationToken));
        app.MapReports();
        return app;
    }
}
