using Kugelpos.Host;
using Kugelpos.Sidecar;
using Kugelpos.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace Kugelpos.Benchmarks;

/// <summary>
/// The one-machine host on the Redis resources (components/redis) over a redis-server of its own,
/// every port a free one and the documents in a temporary folder, so nothing a developer runs is
/// touched and every run starts empty: what the sale and events modes measure.
/// </summary>
public sealed class BenchSystem : IAsyncDisposable
{
    // The services' request logs would cost the measured cores and bury the figures.
    private static readonly Dictionary<string, string?> Quiet = new() { ["Kugelpos:Logging:Console"] = "false" };

    private readonly RedisServer _redis;
    private readonly RunningSystem _system;
    private readonly DirectoryInfo _data;

    private BenchSystem(RedisServer redis, RunningSystem system, DirectoryInfo data)
    {
        _redis = redis;
        _system = system;
        _data = data;
    }

    /// <summary>The Redis every store of the system writes to.</summary>
    public IConnectionMultiplexer Redis => _redis.Connection;

    /// <summary>Starts redis-server, then the host on it.</summary>
    public static async Task<BenchSystem> StartAsync()
    {
        var redis = new RedisServer();
        await redis.InitializeAsync();
        var data = Directory.CreateTempSubdirectory("kugelpos-bench-system-");
        try
        {
            var options = new HostOptions(Path.Combine(RepositoryRoot.Find(), "components", "redis"), redis.Host, DataFolder: data.FullName);
            var apps = AppPorts.All.Select(a => a with { Port = FreePort.Next(), SidecarHttpPort = FreePort.Next(), SidecarGrpcPort = FreePort.Next() }).ToList();
            var system = await new SystemHost(options, NullLoggerFactory.Instance, apps, Quiet).StartAsync();
            return new BenchSystem(redis, system, data);
        }
        catch
        {
            await redis.DisposeAsync();
            data.Delete(recursive: true);
            throw;
        }
    }

    /// <summary>Where the service of <paramref name="appId"/> answers.</summary>
    public Uri Service(string appId) => _system.Services.Single(s => s.App.AppId == appId).Endpoint;

    /// <summary>Where the sidecar of <paramref name="appId"/> takes gRPC calls, as the service's Dapr SDK client reaches it.</summary>
    public Uri SidecarGrpc(string appId) => _system.Sidecars.Single(s => s.Options.AppId == appId).GrpcEndpoint;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _system.DisposeAsync();
        await _redis.DisposeAsync();
        _data.Delete(recursive: true);
    }
}
