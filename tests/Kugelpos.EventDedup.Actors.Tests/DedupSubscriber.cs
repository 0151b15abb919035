using Kugelpos.Contracts.PubSub;
using Kugelpos.Contracts.Terminals;
using Kugelpos.Dapr.Actors;
using Kugelpos.Dapr.Subscriptions;
using Kugelpos.Dapr.Subscriptions.DeadLetters;
using Kugelpos.ServiceDefaults;
using Kugelpos.Sidecar;
using Microsoft.Extensions.DependencyInjection;

namespace Kugelpos.EventDedup.Actors.Tests;

/// <summary>A subscriber service wired as report, journal and stock are: dedup actors on a real Redis, the cash-log subscription through them.</summary>
internal static class DedupSubscriber
{
    private const string AppToken = "app-token-from-daprd";

    /// <param name="service">The service's name (report, journal...), which names its dedup actor type.</param>
    /// <param name="channel">The test's own channel.</param>
    /// <param name="effects">Where the handler records its runs.</param>
    /// <param name="redis">Pub/sub and actor state.</param>
    /// <param name="cluster">The placement the services share.</param>
    public static Task<ServiceTestHost> StartAsync(string service, EventChannel channel, Effects effects, RedisServer redis, SidecarCluster cluster) =>
        ServiceTestHost.StartAsync(
            builder =>
            {
                builder.AddServiceDefaults(service);
                builder.Services.AddSingleton(effects);
                builder.AddKugelposJwt();
                builder.AddKugelposDocumentStore();
                builder.AddKugelposEventDedup(service);
                builder.AddKugelposDeadLetters(service);
            },
            app =>
            {
                app.MapServiceDefaults();
                app.MapKugelposActors();
                app.UseKugelposSubscriptions();
                app.MapKugelposSubscription<CashInOutLog, CountingCashlogHandler>(channel);
                app.MapKugelposDeadLetters();
            },
            new Dictionary<string, string?> { ["APP_API_TOKEN"] = AppToken },
            sidecar: new TestSidecar(service + "-" + Guid.NewGuid().ToString("N")[..8])
            {
                ActorStore = ActorStore.OnRedis(redis),
                Resources = new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    ["pubsub.yaml"] = RedisPubSub.Component(channel.PubSubName, redis),
                    ["resiliency.yaml"] = FastInboundRetry.For(channel.PubSubName),
                    [DaprConfigurations.FileName] = DaprConfigurations.ActorStateTtl,
                },
                Cluster = cluster,
                AppToken = AppToken,
            });
}
