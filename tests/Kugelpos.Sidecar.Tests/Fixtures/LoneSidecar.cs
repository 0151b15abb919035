using Dapr.Client;

namespace Kugelpos.Sidecar.Tests.Fixtures;

/// <summary>
/// A local sidecar with no app, over the resources a test wrote, and the real Dapr SDK client
/// pointed at it: how the sidecar's own tests reach its building-block APIs. Disposing it stops
/// both and deletes the resources.
/// </summary>
public sealed class LoneSidecar : IAsyncDisposable
{
    private readonly TempResources _resources;
    private readonly SidecarCluster _cluster;

    private LoneSidecar(TempResources resources, SidecarCluster cluster, LocalSidecar sidecar)
    {
        _resources = resources;
        _cluster = cluster;
        Sidecar = sidecar;
        Client = ClientFor(sidecar);
    }

    /// <summary>The running sidecar.</summary>
    public LocalSidecar Sidecar { get; }

    /// <summary>The real Dapr SDK client on the sidecar's gRPC and HTTP endpoints.</summary>
    public DaprClient Client { get; }

    /// <summary>Starts sidecar <paramref name="appId"/> over <paramref name="resources"/>, which it then owns.</summary>
    public static async Task<LoneSidecar> StartAsync(string appId, TempResources resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        var cluster = new SidecarCluster();
        try
        {
            var sidecar = await LocalSidecar.StartAsync(new SidecarOptions { AppId = appId, DaprHttpPort = 0, DaprGrpcPort = 0, ResourcesPath = resources.Path }, cluster);
            return new LoneSidecar(resources, cluster, sidecar);
        }
        catch
        {
            await cluster.DisposeAsync();
            resources.Dispose();
            throw;
        }
    }

    /// <summary>The real Dapr SDK client pointed at <paramref name="sidecar"/>; the caller disposes it.</summary>
    public static DaprClient ClientFor(LocalSidecar sidecar)
    {
        ArgumentNullException.ThrowIfNull(sidecar);
        return new DaprClientBuilder().UseGrpcEndpoint(sidecar.GrpcEndpoint.ToString()).UseHttpEndpoint(sidecar.HttpEndpoint.ToString()).Build();
    }

    /// <summary>A <c>state.redis</c> component <c>statestore</c> on <paramref name="redis"/>'s database <paramref name="database"/>, with <paramref name="metadata"/> added.</summary>
    public static string RedisStateStore(RedisServer redis, int database, IReadOnlyDictionary<string, string>? metadata = null)
    {
        ArgumentNullException.ThrowIfNull(redis);
        var extra = string.Concat((metadata ?? new Dictionary<string, string>()).Select(m => $"\n  - name: {m.Key}\n    value: \"{m.Value}\""));
        return $"""
            apiVersion: dapr.io/v1alpha1
            kind: Component
            metadata:
              name: statestore
            spec:
              type: state.redis
              version: v1
              metadata:
              - name: redisHost
                value: {redis.Host}
              - name: redisDB
                value: "{database}"
            """ + extra + "\n";
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Sidecar.DisposeAsync();
        await _cluster.DisposeAsync();
        _resources.Dispose();
    }
}
