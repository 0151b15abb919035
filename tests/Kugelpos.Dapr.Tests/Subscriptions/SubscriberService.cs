using Kugelpos.Contracts.PubSub;
using Kugelpos.Contracts.Terminals;
using Kugelpos.Dapr.Subscriptions;
using Kugelpos.ServiceDefaults;
using Microsoft.Extensions.DependencyInjection;

namespace Kugelpos.Dapr.Tests.Subscriptions;

/// <summary>A subscriber service as a real one is wired: service defaults, then the cash-log subscription.</summary>
internal static class SubscriberService
{
    public const string AppToken = "app-token-from-daprd";

    public static Task<ServiceTestHost> StartAsync(EventChannel channel, HandlerScript script, Action<IServiceCollection>? services = null, TestSidecar? sidecar = null) =>
        ServiceTestHost.StartAsync(
            builder =>
            {
                builder.AddServiceDefaults("subscriber");
                builder.Services.AddSingleton(script);
                services?.Invoke(builder.Services);
            },
            app =>
            {
                app.MapServiceDefaults();
                app.UseKugelposSubscriptions();
                app.MapKugelposSubscription<CashInOutLog, ScriptedCashlogHandler>(channel);
            },
            new Dictionary<string, string?> { ["APP_API_TOKEN"] = AppToken, ["Kugelpos:ServiceName"] = "report" },
            sidecar: sidecar is null ? null : sidecar with { AppToken = AppToken });

    /// <summary>A channel of the test's own, so parallel tests never share a topic.</summary>
    public static EventChannel NewChannel() =>
        new(EventChannels.CashlogPubSub, "topic-cashlog-" + Guid.NewGuid().ToString("N")[..8], EventChannels.CashlogRoute);
}
