using System.Net.Sockets;
using Kugelpos.ServiceDefaults.Hosting;
using Kugelpos.Sidecar;
using Kugelpos.Sidecar.Resources;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Logging;

namespace Kugelpos.Host;

/// <summary>
/// Runs the whole system in one process: every existing Kugelpos service on its port, each beside
/// a local sidecar (all sidecars share one placement table and one set of brokers), until Ctrl+C
/// or SIGTERM. Apps whose service does not exist yet get their sidecar alone, told the app's port
/// all the same: like daprd it waits for its app, so a stand-in started there later (a test's
/// subscriber, say) is found.
/// </summary>
/// <param name="options">The command line.</param>
/// <param name="loggerFactory">The host's own log.</param>
/// <param name="apps">The app table; <see cref="AppPorts.All"/> moved by the port offset unless a test says otherwise.</param>
/// <param name="serviceSettings">Settings added to every service's configuration last (tests quiet the console with them).</param>
/// <param name="services">The services to run; <see cref="ServiceCatalog.All"/> unless a test leaves one out to put a stand-in on its port.</param>
public sealed class SystemHost(
    HostOptions options,
    ILoggerFactory loggerFactory,
    IReadOnlyList<AppPorts>? apps = null,
    IReadOnlyDictionary<string, string?>? serviceSettings = null,
    IReadOnlyList<KugelposService>? services = null)
{
    private readonly ILogger _log = loggerFactory.CreateLogger("Kugelpos.Host");
    private readonly IReadOnlyList<AppPorts> _apps = apps ?? [.. AppPorts.All.Select(a => a.WithPortOffset(options.PortOffset))];
    private readonly IReadOnlyList<KugelposService> _services = services ?? ServiceCatalog.All;

    /// <summary>Starts everything, waits for a stop signal, stops everything. Returns the exit code.</summary>
    public async Task<int> RunAsync()
    {
        using var stop = StopSignal.Listen();
        try
        {
            await using var system = await StartAsync();
            _log.LogInformation("Kugelpos is up on {Resources}, data in {Data}; Ctrl+C stops it", options.ResourcesPath, options.DataFolder);
            foreach (var (app, sidecar) in _apps.Zip(system.Sidecars))
            {
                var service = system.Services.FirstOrDefault(s => s.App.AppId == app.AppId);
                _log.LogInformation("{AppId,-12} {Service,-28} sidecar http {Http}  grpc {Grpc}",
                    app.AppId, service is null ? "(no service yet)" : service.Endpoint.ToString(), sidecar.HttpEndpoint, sidecar.GrpcEndpoint);
            }

            await stop.WaitAsync();
            _log.LogInformation("Stopping");
            return 0;
        }
        catch (StartupException e)
        {
            _log.LogError("{Problem}", e.Message);
            return 1;
        }
    }

    /// <summary>
    /// Starts the services, then a sidecar per app (told its service's port, as daprd is told
    /// <c>--app-port</c>); on any failure stops what started and throws <see cref="StartupException"/>.
    /// </summary>
    public async Task<RunningSystem> StartAsync()
    {
        var resources = options.RedisHost is null ? options.ResourcesPath : RedisResources.Retarget(options.ResourcesPath, options.RedisHost);
        var cluster = new SidecarCluster(TimeProvider.System, loggerFactory);
        var running = new List<InProcessService>();
        var sidecars = new List<LocalSidecar>();
        try
        {
            foreach (var app in _apps)
            {
                if (_services.FirstOrDefault(s => s.AppId == app.AppId) is { } service)
                {
                    running.Add(await InProcessService.StartAsync(service, app, options, serviceSettings));
                }
            }

            foreach (var app in _apps)
            {
                var service = running.FirstOrDefault(s => s.App == app);
                sidecars.Add(await StartSidecarAsync(app, service?.Endpoint ?? new Uri($"http://{HostOptions.Loopback}:{app.Port}"), resources, cluster));
            }

            return new RunningSystem(cluster, running, sidecars);
        }
        catch (Exception e) when (e is StartupException or ResourceLoadException)
        {
            await new RunningSystem(cluster, running, sidecars).DisposeAsync();
            throw e as StartupException ?? new StartupException($"Resource problem: {e.Message}", e);
        }
    }

    // appEndpoint: where the app's service answers, or will once it exists.
    private static async Task<LocalSidecar> StartSidecarAsync(AppPorts app, Uri appEndpoint, string resources, SidecarCluster cluster)
    {
        var sidecarOptions = new SidecarOptions
        {
            AppId = app.AppId,
            DaprHttpPort = app.SidecarHttpPort,
            DaprGrpcPort = app.SidecarGrpcPort,
            ResourcesPath = resources,
            AppPort = appEndpoint.Port,
            AppHost = appEndpoint.Host,
        };

        try
        {
            return await LocalSidecar.StartAsync(sidecarOptions, cluster);
        }
        catch (IOException e) when (e.InnerException is AddressInUseException or SocketException)
        {
            throw new StartupException($"Port {app.SidecarHttpPort} or {app.SidecarGrpcPort} (the {app.AppId} sidecar) is already in use: stop whatever holds it and start again.", e);
        }
    }
}
