using Kugelpos.Contracts.PubSub;
using Kugelpos.Contracts.Terminals;
using Kugelpos.Contracts.Transactions;
using Kugelpos.Dapr.Subscriptions;
using Kugelpos.ServiceDefaults;
using Kugelpos.Testing;
using Kugelpos.Testing.Subscriptions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Kugelpos.Host.Tests.Reporting;

/// <summary>
/// A stand-in for the report service on the report app's port (the fixture leaves the real one out
/// of the system): it subscribes to the transaction, open/close and cash logs as report does and
/// keeps what arrives, raw bodies included. Started before the system, so the report sidecar finds
/// its subscriptions while the system starts.
/// </summary>
public static class ReportStandIn
{
    /// <summary>Starts the stand-in on <paramref name="port"/>, recording into <paramref name="received"/>.</summary>
    public static Task<ServiceTestHost> StartAsync(int port, ReceivedEvents received) => ServiceTestHost.StartAsync(
        builder =>
        {
            builder.AddServiceDefaults("report");
            builder.Services.AddSingleton(received);
        },
        app =>
        {
            app.Use((context, next) => KeepRawBodyAsync(received, context, next));
            app.MapServiceDefaults();
            app.UseKugelposSubscriptions();
            app.MapKugelposSubscription<TransactionLog, RecordingHandler<TransactionLog>>(EventChannels.Tranlog);
            app.MapKugelposSubscription<OpenCloseLog, RecordingHandler<OpenCloseLog>>(EventChannels.OpenCloseLog);
            app.MapKugelposSubscription<CashInOutLog, RecordingHandler<CashInOutLog>>(EventChannels.Cashlog);

            // The terminal service prepares each new tenant here too, as in the real report service.
            new TenantSetupStandIn().Map(app);
        },
        port: port);

    // Before the CloudEvents middleware unwraps it, so a test sees everything the event carried.
    private static async Task KeepRawBodyAsync(ReceivedEvents received, HttpContext context, RequestDelegate next)
    {
        if (HttpMethods.IsPost(context.Request.Method))
        {
            context.Request.EnableBuffering();
            using var reader = new StreamReader(context.Request.Body, leaveOpen: true);
            received.AddRawBody(await reader.ReadToEndAsync(context.RequestAborted));
            context.Request.Body.Position = 0;
        }

        await next(context);
    }
}
