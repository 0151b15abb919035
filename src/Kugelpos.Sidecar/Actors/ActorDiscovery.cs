using System.Text.Json;
using Kugelpos.Sidecar.Resiliency;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Kugelpos.Sidecar.Actors;

/// <summary>
/// Learns the app's actor types from <c>GET /dapr/config</c> once the app answers, however long it
/// takes to start, then hosts them; stops hosting on shutdown. daprd likewise dials the app port
/// every 100 ms without giving up before loading the config (pkg/runtime/runtime.go,
/// blockUntilAppIsReady and loadAppConfiguration).
/// </summary>
internal sealed class ActorDiscovery(SidecarOptions options, SidecarCluster cluster, ComponentRegistry components, ComponentPolicies policies, ActorApi api, ActorPlacement placement) : IHostedService, IDisposable
{
    private const int ProbesPerLog = 100;
    private static readonly TimeSpan ProbeInterval = TimeSpan.FromMilliseconds(100);

    private readonly CancellationTokenSource _stopping = new();
    private readonly ILogger _logger = cluster.LoggerFactory.CreateLogger("Kugelpos.Sidecar.Actors");
    private Task _discovery = Task.CompletedTask;
    private ActorRuntime? _runtime;

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (AppChannel.For(options, cluster) is { } channel)
        {
            _discovery = DiscoverAsync(new ActorAppClient(channel), _stopping.Token);
            placement.Track(_discovery);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _discovery;
        if (_runtime is not null)
        {
            placement.Unregister(_runtime);
            api.Local = null;
            await _runtime.DisposeAsync();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _stopping.Dispose();

    private async Task DiscoverAsync(ActorAppClient app, CancellationToken cancellationToken)
    {
        try
        {
            var config = await WaitForConfigAsync(app, cancellationToken);
            if (config is null || config.Entities.Count == 0)
            {
                return;
            }

            if (components.ActorStateStore is null)
            {
                _logger.LogError("App {AppId} hosts actor types {Types} but has no actor state store (a state component with actorStateStore: \"true\"); its actors are not hosted",
                    options.AppId, string.Join(", ", config.Entities));
                return;
            }

            var store = components.ActorStateStore;
            var runtime = new ActorRuntime(options.AppId, config, app, store, cluster.Time, _logger, policies.For(store.Name));
            await runtime.StartAsync(cancellationToken);
            _runtime = runtime;
            api.Local = runtime;
            placement.Register(runtime);
            _logger.LogInformation("App {AppId} hosts actor types {Types}", options.AppId, string.Join(", ", config.Entities));
        }
        catch (OperationCanceledException)
        {
            return;
        }
#pragma warning disable CA1031 // Discovery runs in the background; whatever fails must be logged, never crash the sidecar.
        catch (Exception e)
#pragma warning restore CA1031
        {
            _logger.LogError(e, "Actor discovery for app {AppId} failed", options.AppId);
        }
        finally
        {
            api.LocalTypesKnown();
        }
    }

    /// <summary>The app's config once it answers; null when the answer is unreadable.</summary>
    private async Task<ActorAppConfig?> WaitForConfigAsync(ActorAppClient app, CancellationToken cancellationToken)
    {
        // On the cluster's clock, so a test moves a late app's start on fake time. A tick that
        // falls while a probe is out is kept, so the next wait after it returns at once.
        using var probes = new PeriodicTimer(ProbeInterval, cluster.Time);
        for (var probe = 1; ; probe++)
        {
            try
            {
                return await app.GetConfigAsync(cancellationToken);
            }
            catch (HttpRequestException e) when (probe % ProbesPerLog == 1)
            {
                _logger.LogInformation("Waiting for app {AppId} to answer on port {Port} ({Error}); actor calls through its sidecar wait with it",
                    options.AppId, options.AppPort, e.Message);
            }
            catch (HttpRequestException)
            {
                // Not up yet: probe again on the next tick.
            }
            catch (JsonException e)
            {
                _logger.LogError("App {AppId} answered /dapr/config with unreadable JSON ({Error}); it hosts no actors", options.AppId, e.Message);
                return null;
            }

            await probes.WaitForNextTickAsync(cancellationToken);
        }
    }
}
