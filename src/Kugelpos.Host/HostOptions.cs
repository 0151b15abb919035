namespace Kugelpos.Host;

/// <summary>What the one-machine host is told on its command line.</summary>
/// <param name="ResourcesPath">The Dapr resources folder the sidecars load.</param>
/// <param name="RedisHost">When set, the Redis resources are used with this host:port.</param>
public sealed record HostOptions(string ResourcesPath, string? RedisHost)
{
    /// <summary>The usage text printed for <c>--help</c> and for a bad argument.</summary>
    public const string Usage = """
        Usage: dotnet run --project src/Kugelpos.Host [-- options]
          --redis HOST:PORT     use Redis (components/redis) instead of the embedded SQLite/in-memory
                                resources (components/local); also KUGELPOS_REDIS
          --resources FOLDER    use this Dapr resources folder instead
          --help                show this text
        """;

    /// <summary>Reads the arguments; null with <paramref name="error"/> set when they are wrong.</summary>
    public static HostOptions? Parse(IReadOnlyList<string> args, string repositoryRoot, out string? error)
    {
        error = null;
        string? redis = Environment.GetEnvironmentVariable("KUGELPOS_REDIS") is { Length: > 0 } fromEnv ? fromEnv : null;
        string? resources = null;
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
                case "--help" or "-h":
                    error = string.Empty;
                    return null;
                default:
                    error = $"unknown or incomplete argument '{args[i]}'";
                    return null;
            }
        }

        resources ??= Path.Combine(repositoryRoot, "components", redis is null ? "local" : "redis");
        return new HostOptions(resources, redis);
    }
}
