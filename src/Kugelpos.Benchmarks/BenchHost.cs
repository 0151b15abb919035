using Kugelpos.ServiceDefaults.Hosting;
using Kugelpos.Sidecar;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kugelpos.Benchmarks;

/// <summary>
/// The app hosting <see cref="BenchActor"/> with Dapr.Actors.AspNetCore, and its local sidecar
/// in-process over a <c>state.in-memory</c> actor store. The app is started by
/// <see cref="ServiceLauncher"/> already told its sidecar's ports; the sidecar then gets the app's.
/// </summary>
public sealed class BenchHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _resources;

    private BenchHost(WebApplication app, LocalSidecar sidecar, Uri appEndpoint, string resources)
    {
        _app = app;
        Sidecar = sidecar;
        AppEndpoint = appEndpoint;
        _resources = resources;
    }

    /// <summary>The running sidecar.</summary>
    public LocalSidecar Sidecar { get; }

    /// <summary>Where the app itself listens, for direct calls.</summary>
    public Uri AppEndpoint { get; }

    /// <summary>Starts the app, then its sidecar (which discovers the app's actor types in the background).</summary>
    public static async Task<BenchHost> StartAsync()
    {
        var resources = Directory.CreateTempSubdirectory("kugelpos-bench-").FullName;
        var options = new SidecarOptions
        {
            AppId = "bench",
            DaprHttpPort = FreePort.Next(),
            DaprGrpcPort = FreePort.Next(),
            ResourcesPath = resources,
        };
        await File.WriteAllTextAsync(Path.Combine(resources, "actorstore.yaml"), """
            apiVersion: dapr.io/v1alpha1
            kind: Component
            metadata:
              name: actorstore
            spec:
              type: state.in-memory
              version: v1
              metadata:
              - name: actorStateStore
                value: "true"
            """);

        WebApplication? app = null;
        try
        {
            app = await ServiceLauncher.StartAsync(new ServiceLaunch("bench", AddActors(options), a => a.MapActorsHandlers())
            {
                Url = "http://127.0.0.1:0",
                Configure = builder => builder.Logging.ClearProviders(),
            });
            var appEndpoint = new Uri(app.Urls.Single() + "/");
            var sidecar = await LocalSidecar.StartAsync(options with { AppPort = appEndpoint.Port }, new SidecarCluster());
            return new BenchHost(app, sidecar, appEndpoint, resources);
        }
        catch
        {
            if (app is not null)
            {
                await app.DisposeAsync();
            }

            Directory.Delete(resources, recursive: true);
            throw;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Sidecar.DisposeAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Directory.Delete(_resources, recursive: true);
    }

    private static Action<WebApplicationBuilder> AddActors(SidecarOptions options) => builder => builder.Services.AddActors(actors =>
    {
        actors.Actors.RegisterActor<BenchActor>();
        actors.HttpEndpoint = $"http://127.0.0.1:{options.DaprHttpPort}";
    });
}
