using Kugelpos.Sidecar;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kugelpos.Host.Tests;

/// <summary>
/// The system started once for a test class, on free ports, in a temporary working directory that
/// holds its <c>data/</c> folder: on the embedded resources (components/local), or on the Redis
/// resources (components/redis) when <see cref="RedisHost"/> is set.
/// </summary>
public sealed class SystemFixture : IAsyncLifetime
{
    private static readonly SemaphoreSlim WorkingDirectoryGate = new(1, 1);

    private readonly DirectoryInfo _workingDirectory = Directory.CreateTempSubdirectory("kugelpos-system-");

    /// <summary>The app table with every port moved to a free one.</summary>
    public IReadOnlyList<AppPorts> Apps { get; } =
        [.. AppPorts.All.Select(a => a with { Port = FreePort.Next(), SidecarHttpPort = FreePort.Next(), SidecarGrpcPort = FreePort.Next() })];

    /// <summary>The redis-server (host:port) to run on, as <c>--redis</c> would; null for the embedded resources.</summary>
    public string? RedisHost { get; init; }

    /// <summary>Services left out of the system, so a test's stand-in can take their port (its sidecar runs all the same).</summary>
    public IReadOnlySet<string> LeftOut { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The started system.</summary>
    public RunningSystem System { get; private set; } = null!;

    /// <summary>The data folder the services write to.</summary>
    public string DataFolder => Path.Combine(_workingDirectory.FullName, "data");

    /// <summary>The address of <paramref name="appId"/>'s service.</summary>
    public Uri Service(string appId) => new($"http://127.0.0.1:{Apps.Single(a => a.AppId == appId).Port}");

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        var root = RepositoryRoot.Find();
        var options = new HostOptions(Path.Combine(root, "components", RedisHost is null ? "local" : "redis"), RedisHost, DataFolder: DataFolder);

        // The SQLite state files of components/local are relative to the working directory, which is
        // the process's: fixtures of classes that run in parallel take turns, or one would restore
        // another's folder as the working directory and delete it from under every test.
        await WorkingDirectoryGate.WaitAsync();
        var previous = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(_workingDirectory.FullName);
        try
        {
            var services = ServiceCatalog.All.Where(s => !LeftOut.Contains(s.AppId)).ToList();
            System = await new SystemHost(options, NullLoggerFactory.Instance, Apps, Quiet, services).StartAsync();
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
            WorkingDirectoryGate.Release();
        }
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        await System.DisposeAsync();
        _workingDirectory.Delete(recursive: true);
    }

    /// <summary>Keeps the services' request logs off the test output, and makes passwords cheap to hash.</summary>
    private static Dictionary<string, string?> Quiet { get; } = new()
    {
        ["Kugelpos:Logging:Console"] = "false",
        ["Kugelpos:Account:PasswordWorkFactor"] = "4",
    };
}
