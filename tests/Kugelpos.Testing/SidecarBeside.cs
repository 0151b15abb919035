using Kugelpos.ServiceDefaults.Hosting;
using Kugelpos.Sidecar;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kugelpos.Testing;

/// <summary>
/// The sidecar of a <see cref="ServiceTestHost"/>: its ports chosen before the service is built, so
/// the service is told where its sidecar is and the sidecar, once started, where its service is.
/// </summary>
internal sealed class SidecarBeside : IAsyncDisposable
{
    private readonly TempResources _resources;
    private readonly SidecarCluster _cluster;
    private readonly bool _ownsCluster;
    private SidecarOptions _options;

    private SidecarBeside(TempResources resources, SidecarCluster cluster, bool ownsCluster, SidecarOptions options)
    {
        _resources = resources;
        _cluster = cluster;
        _ownsCluster = ownsCluster;
        _options = options;
    }

    /// <summary>The running sidecar; null before start and while it restarts.</summary>
    public LocalSidecar? Current { get; private set; }

    /// <summary>What the service is told: where the sidecar listens, and the app token it sends.</summary>
    public Dictionary<string, string?> AppSettings => SidecarSettings.For(
        new Uri($"http://127.0.0.1:{_options.DaprHttpPort}"), new Uri($"http://127.0.0.1:{_options.DaprGrpcPort}"), _options.AppToken);

    /// <summary>Writes the resources and chooses the ports; nothing listens yet.</summary>
    public static SidecarBeside Prepare(TestSidecar sidecar, TimeProvider time)
    {
        var resources = new TempResources();
        if (sidecar.ActorStore is { } store)
        {
            resources.With(ActorStore.Name + ".yaml", store.Component(resources.Path));
        }

        foreach (var (file, yaml) in sidecar.Resources)
        {
            resources.With(file, yaml);
        }

        var options = new SidecarOptions
        {
            AppId = sidecar.AppId,
            DaprHttpPort = FreePort.Next(),
            DaprGrpcPort = FreePort.Next(),
            ResourcesPath = resources.Path,
            AppToken = sidecar.AppToken,
        };
        return new SidecarBeside(resources, sidecar.Cluster ?? new SidecarCluster(time, NullLoggerFactory.Instance), sidecar.Cluster is null, options);
    }

    /// <summary>Starts the sidecar, told that its app listens on <paramref name="appPort"/>.</summary>
    public async Task StartAsync(int appPort)
    {
        _options = _options with { AppPort = appPort };

        Current = await LocalSidecar.StartAsync(_options, _cluster);
    }

    /// <summary>Stops the sidecar and starts a new one with the same flags, or with <paramref name="change"/> applied to them.</summary>
    public async Task RestartAsync(Func<SidecarOptions, SidecarOptions>? change)
    {
        if (Current is not null)
        {
            await Current.DisposeAsync();
            Current = null;
        }

        Current = await LocalSidecar.StartAsync(change is null ? _options : change(_options), _cluster);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (Current is not null)
        {
            await Current.DisposeAsync();
            Current = null;
        }

        if (_ownsCluster)
        {
            await _cluster.DisposeAsync();
        }

        _resources.Dispose();
    }
}
