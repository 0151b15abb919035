using System.Net.Sockets;
using Kugelpos.Sidecar;
using Kugelpos.Sidecar.Resources;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Logging;

namespace Kugelpos.Host;

/// <summary>
/// Runs the whole system in one process: a local sidecar per Kugelpos app, sharing one
/// placement table and one set of brokers, until Ctrl+C or SIGTERM.
/// </summary>
public sealed class SystemHost(HostOptions options, ILoggerFactory loggerFactory, IReadOnlyList<KugelposApp>? apps = null)
{
    private readonly ILogger _log = loggerFactory.CreateLogger("Kugelpos.Host");
    private readonly IReadOnlyList<KugelposApp> _apps = apps ?? KugelposApp.All;

    /// <summary>Starts everything, waits for a stop signal, stops everything. Returns the exit code.</summary>
    public async Task<int> RunAsync()
    {
        try
        {
            await using var system = await StartAsync();
            _log.LogInformation("Kugelpos is up on {Resources}; Ctrl+C stops it", options.ResourcesPath);
            foreach (var (app, sidecar) in _apps.Zip(system.Sidecars))
            {
                _log.LogInformation("{AppId,-12} service port {Port}  sidecar http {Http}  grpc {Grpc}", app.AppId, app.Port, sidecar.HttpEndpoint, sidecar.GrpcEndpoint);
            }

            await StopSignal.WaitAsync();
            _log.LogInformation("Stopping");
            return 0;
        }
        catch (StartupException e)
        {
            _log.LogError("{Problem}", e.Message);
            return 1;
        }
    }

    /// <summary>Starts every app's sidecar; on any failure stops what started and throws <see cref="StartupException"/>.</summary>
    public async Task<RunningSystem> StartAsync()
    {
        var resources = options.RedisHost is null ? options.ResourcesPath : RedisResources.Retarget(options.ResourcesPath, options.RedisHost);
        var cluster = new SidecarCluster(TimeProvider.System, loggerFactory);
        var sidecars = new List<Sidecar.Sidecar>();
        try
        {
            foreach (var app in _apps)
            {
                sidecars.Add(await StartSidecarAsync(app, resources, cluster));
            }

            return new RunningSystem(cluster, sidecars);
        }
        catch (Exception e) when (e is StartupException or ResourceLoadException)
        {
            await new RunningSystem(cluster, sidecars).DisposeAsync();
            throw e as StartupException ?? new StartupException($"Resource problem: {e.Message}", e);
        }
    }

    private static async Task<Sidecar.Sidecar> StartSidecarAsync(KugelposApp app, string resources, SidecarCluster cluster)
    {
        try
        {
            return await Sidecar.Sidecar.StartAsync(
                new SidecarOptions { AppId = app.AppId, DaprHttpPort = app.SidecarHttpPort, DaprGrpcPort = app.SidecarGrpcPort, ResourcesPath = resources },
                cluster);
        }
        catch (IOException e) when (e.InnerException is AddressInUseException or SocketException)
        {
            throw new StartupException($"Port {app.SidecarHttpPort} or {app.SidecarGrpcPort} (the {app.AppId} sidecar) is already in use: stop whatever holds it and start again.", e);
        }
    }
}
