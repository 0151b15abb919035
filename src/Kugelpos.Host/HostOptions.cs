using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
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

    private static readonly Option<string> Redis = new("--redis")
    {
        HelpName = "HOST:PORT",
        Description = "use Redis (components/redis) instead of the embedded SQLite/in-memory resources (components/local); also KUGELPOS_REDIS",
    };

    private static readonly Option<string> Resources = new("--resources") { HelpName = "FOLDER", Description = "use this Dapr resources folder instead" };

    private static readonly Option<string> Bind = new("--bind")
    {
        HelpName = "ADDRESS",
        Description = "the address the services listen on (default 127.0.0.1; 0.0.0.0 lets POS devices on the network reach them)",
        CustomParser = result => IPAddress.TryParse(result.Tokens[0].Value, out _)
            ? result.Tokens[0].Value
            : Refuse<string>(result, $"--bind needs an IP address such as 0.0.0.0, not '{result.Tokens[0].Value}'"),
    };

    private static readonly Option<int> PortOffsetOption = new("--port-offset")
    {
        HelpName = "N",
        Description = "add N to every port (8000+N..., 3500+N..., 50001+N...), e.g. to run a second system beside the first",
        CustomParser = result => int.TryParse(result.Tokens[0].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var offset) && offset <= MaxPortOffset
            ? offset
            : Refuse<int>(result, $"--port-offset needs a whole number from 0 to {MaxPortOffset}, not '{result.Tokens[0].Value}'"),
    };

    private static readonly RootCommand Command = Build();

    /// <summary>The usage text printed for <c>--help</c> and for a bad argument, as System.CommandLine renders it.</summary>
    public static string Usage { get; } = RenderHelp();

    /// <summary>Reads the arguments; null with <paramref name="error"/> set when they are wrong (empty for <c>--help</c>).</summary>
    public static HostOptions? Parse(IReadOnlyList<string> args, string repositoryRoot, out string? error)
    {
        var result = Command.Parse([.. args]);
        if (result.Action is HelpAction)
        {
            error = string.Empty;
            return null;
        }

        error = result.UnmatchedTokens.Count > 0 ? $"unknown or incomplete argument '{result.UnmatchedTokens[0]}'"
            : result.Errors.Count > 0 ? result.Errors[0].Message
            : null;
        if (error is not null)
        {
            return null;
        }

        var redis = result.GetValue(Redis) ?? (Environment.GetEnvironmentVariable("KUGELPOS_REDIS") is { Length: > 0 } fromEnv ? fromEnv : null);
        var resources = result.GetValue(Resources) ?? Path.Combine(repositoryRoot, "components", redis is null ? "local" : "redis");
        return new HostOptions(resources, redis, result.GetValue(Bind) ?? Loopback, Path.GetFullPath("data"), result.GetValue(PortOffsetOption));
    }

    private static RootCommand Build()
    {
        var command = new RootCommand("The whole Kugelpos system on one machine: every service beside its local sidecar. Run with: dotnet run --project src/Kugelpos.Host [-- options]")
        {
            Redis, Resources, Bind, PortOffsetOption,
        };
        foreach (var version in command.Options.OfType<VersionOption>().ToList())
        {
            command.Options.Remove(version);
        }

        return command;
    }

    private static T Refuse<T>(ArgumentResult result, string error)
    {
        result.AddError(error);
        return default!;
    }

    private static string RenderHelp()
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        Command.Parse("--help").Invoke(new InvocationConfiguration { Output = text });
        return text.ToString().TrimEnd();
    }
}
