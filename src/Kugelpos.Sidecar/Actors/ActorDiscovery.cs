using Kugelpos.Sidecar.Resiliency;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Kugelpos.Sidecar.Actors;

/// <summary>
/// Learns the app's actor types from <c>GET /dapr/config</c> when the sidecar starts (retrying
/// briefly while the app comes up, as daprd does), then hosts them; stops hosting on shutdown.
/// </summary>
internal sealed class ActorDiscovery(SidecarOptions options, SidecarCluster cluster, ComponentRegistry components, ComponentPolicies policies, ActorApi api, ActorPlacement placement) : IHostedService, IDisposable
{
    private const int Attempts = 50;
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(200);

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
            var config = await FetchConfigAsync(app, cancellationToken);
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
    }

    private async Task<ActorAppConfig?> FetchConfigAsync(ActorAppClient app, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await app.GetConfigAsync(cancellationToken);
            }
            catch (HttpRequestException e) when (attempt < Attempts)
            {
                _logger.LogDebug("App {AppId} not answering /dapr/config yet: {Error}", options.AppId, e.Message);
            }
            catch (HttpRequestException e)
            {
                _logger.LogWarning("App {AppId} never answered /dapr/config ({Error}); it hosts no actors", options.AppId, e.Message);
                return null;
            }
            catch (System.Text.Json.JsonException e)
            {
                _logger.LogError("App {AppId} answered /dapr/config with unreadable JSON ({Error}); it hosts no actors", options.AppId, e.Message);
                return null;
            }

            // Real time on purpose: the app starts on the wall clock even when the cluster's clock is a fake one.
            await Task.Delay(RetryDelay, TimeProvider.System, cancellationToken);
        }
    }
}
