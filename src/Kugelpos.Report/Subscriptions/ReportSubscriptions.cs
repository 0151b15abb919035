using Kugelpos.Contracts.PubSub;
using Kugelpos.Contracts.Terminals;
using Kugelpos.Contracts.Transactions;
using Kugelpos.Dapr.Subscriptions;
using Kugelpos.Report.Logs;
using Kugelpos.ServiceDefaults;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kugelpos.Report.Subscriptions;

/// <summary>How the logs reach the report service: the three pub/sub topics and the REST path.</summary>
internal static class ReportSubscriptions
{
    public static IServiceCollection AddReportSubscriptions(this IServiceCollection services)
    {
        services.TryAddSingleton<ReportLogStore>();
        services.TryAddSingleton<LogReceiver>();
        services.TryAddSingleton<TransactionLogHandler>();
        services.TryAddSingleton<CashInOutLogHandler>();
        services.TryAddSingleton<OpenCloseLogHandler>();
        return services;
    }

    public static WebApplication MapReportSubscriptions(this WebApplication app)
    {
        app.UseKugelposSubscriptions();
        app.MapKugelposSubscription<TransactionLog, TransactionLogHandler>(EventChannels.Tranlog);
        app.MapKugelposSubscription<CashInOutLog, CashInOutLogHandler>(EventChannels.Cashlog);
        app.MapKugelposSubscription<OpenCloseLog, OpenCloseLogHandler>(EventChannels.OpenCloseLog);
        app.MapApiGroup("api/v1/tenants/{tenant_id}/stores/{store_code}/terminals/{terminal_no}/transactions")
            .MapPost(string.Empty, ReceiveTransactionEndpoint.HandleAsync)
            .WithName(ReceiveTransactionEndpoint.Name)
            .RequireAuthorization(KugelposPolicies.Tenant)
            .Accepts<Dictionary<string, object>>("application/json")
            .Produces<ApiResponse<TransactionReceipt>>(StatusCodes.Status201Created);
        return app;
    }
}
