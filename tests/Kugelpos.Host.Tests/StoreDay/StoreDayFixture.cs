using Kugelpos.Contracts.PubSub;
using Kugelpos.Contracts.Terminals;
using Kugelpos.Dapr.Subscriptions;
using Kugelpos.ServiceDefaults;
using Kugelpos.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Kugelpos.Host.Tests.StoreDay;

/// <summary>
/// The embedded system with a stand-in for the report service on the report app's port: it
/// subscribes to the open/close and cash logs as report does and keeps what arrives. It starts
/// first, so the report sidecar finds its subscriptions while the system starts.
/// </summary>
public sealed class StoreDayFixture : IAsyncLifetime
{
    private ServiceTestHost? _report;

    /// <summary>The system the store day runs on.</summary>
    public SystemFixture System { get; } = new();

    /// <summary>What the report stand-in received.</summary>
    public ReceivedLogs Received { get; } = new();

    /// <summary>The address of <paramref name="appId"/>'s service.</summary>
    public Uri Service(string appId) => new($"http://127.0.0.1:{System.Apps.Single(a => a.AppId == appId).Port}");

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        _report = await ServiceTestHost.StartAsync(
            builder =>
            {
                builder.AddServiceDefaults("report");
                builder.Services.AddSingleton(Received);
            },
            app =>
            {
                app.Use(KeepRawBody);
                app.MapServiceDefaults();
                app.UseKugelposSubscriptions();
                app.MapKugelposSubscription<OpenCloseLog, OpenCloseLogRecorder>(EventChannels.OpenCloseLog);
                app.MapKugelposSubscription<CashInOutLog, CashLogRecorder>(EventChannels.Cashlog);
            },
            port: System.Apps.Single(a => a.AppId == "report").Port);
        await System.InitializeAsync();
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        await System.DisposeAsync();
        if (_report is not null)
        {
            await _report.DisposeAsync();
        }
    }

    // Before the CloudEvents middleware unwraps it, so the test sees everything the event carried.
    private async Task KeepRawBody(HttpContext context, RequestDelegate next)
    {
        if (HttpMethods.IsPost(context.Request.Method))
        {
            context.Request.EnableBuffering();
            using var reader = new StreamReader(context.Request.Body, leaveOpen: true);
            Received.AddRaw(await reader.ReadToEndAsync(context.RequestAborted));
            context.Request.Body.Position = 0;
        }

        await next(context);
    }
}
