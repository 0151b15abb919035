using System.Globalization;
using System.Net;

namespace Kugelpos.Host;

/// <summary>What the one-machine host is told on its command line.</summary>
/// <param name="ResourcesPath">The Dapr resources folder the sidecars load.</param>
/// <param name="RedisHost">When set, the Redis resources are used with this host:port.</param>
/// <param name="BindAddress">The address the services listen on: loopback unless POS devices must reach them.</param>
/// <param name="DataFolder">Where the services keep their documents and the shared JWT secret.</param>
/// <param name="PortOffset">Added to every port of <see cref="AppPorts.All"/>, so a second system fits on one machine.</param>
public sealed record HostOptions(string ResourcesPath, string? RedisHost, string BindAddress = HostOptions.Loopback, string DataFolder = "data", int PortOffset = 0)
{
    /// <summary>The largest <see cref="PortOffset"/>: the highest port (the stock sidecar's gRPC port) must stay a port.</summary>
    public static readonly int MaxPortOffset = IPEndPoint.MaxPort - AppPorts.All.Max(a => a.SidecarGrpcPort);

    /// <summary>The default <see cref="BindAddress"/>.</summary>
    public const string Loopback = "127.0.0.1";

    /// <summary>The usage text printed for <c>--help</c> and for a bad argument.</summary>
    public const string Usage = """
        Usage: dotnet run --project src/Kugelpos.Host [-- options]
          --redis HOST:PORT     use Redis (components/redis) instead of the embedded SQLite/in-memory
                                resources (components/local); also KUGELPOS_REDIS
          --resources FOLDER    use this Dapr resources folder instead
          --bind ADDRESS        the address the services listen on (default 127.0.0.1; 0.0.0.0 lets
                                POS devices on the network reach them)
          --port-offset N       add N to every port (8000+N..., 3500+N..., 50001+N...), e.g. to run
                                a second system beside the first
          --help                show this text
        """;

    /// <summary>Reads the arguments; null with <paramref name="error"/> set when they are wrong.</summary>
    public static HostOptions? Parse(IReadOnlyList<string> args, string repositoryRoot, out string? error)
    {
        error = null;
        string? redis = Environment.GetEnvironmentVariable("KUGELPOS_REDIS") is { Length: > 0 } fromEnv ? fromEnv : null;
        string? resources = null;
        var bind = Loopback;
        var offset = 0;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--redis" when i + 1 < args.Count:
                    redis = args[++i];
                    break;
                case "--resources" when i + 1 < args.Count:
                    resources = args[++i];
                    break;
                case "--bind" when i + 1 < args.Count:
                    bind = args[++i];
                    if (!IPAddress.TryParse(bind, out _))
                    {
                        error = $"--bind needs an IP address such as 0.0.0.0, not '{bind}'";
                        return null;
                    }

                    break;
                case "--port-offset" when i + 1 < args.Count:
                    if (!int.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out offset) || offset > MaxPortOffset)
                    {
                        error = $"--port-offset needs a whole number from 0 to {MaxPortOffset}, not '{args[i]}'";
                        return null;
                    }

                    break;
                case "--help" or "-h":
                    error = string.Empty;
                    return null;
                default:
                    error = $"unknown or incomplete argument '{args[i]}'";
                    return null;
            }
        }

        resources ??= Path.Combine(repositoryRoot, "components", redis is null ? "local" : "redis");
        return new HostOptions(resources, redis, bind, Path.GetFullPath("data"), offset);
    }
}
