using System.Globalization;

namespace Kugelpos.Sidecar.Cli;

/// <summary>daprd's command line, the flags a developer already knows, read into <see cref="SidecarOptions"/>.</summary>
public static class DaprdArguments
{
    /// <summary>The usage text.</summary>
    public const string Usage = """
        Usage: kugelpos-daprd --app-id ID [--app-port N] [--dapr-http-port N] [--dapr-grpc-port N]
                              [--resources-path FOLDER] [--config FILE] [--max-body-size SIZE]
        Environment: DAPR_API_TOKEN (required of callers), APP_API_TOKEN (sent to the app).
        A local, single-machine stand-in for daprd; on Kubernetes use the real Dapr.
        """;

    /// <summary>Parses <paramref name="args"/>; null with <paramref name="error"/> when they are wrong.</summary>
    public static SidecarOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        error = null;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var flag = args[i];
            if (flag is "--help" or "-h")
            {
                error = string.Empty;
                return null;
            }

            if (!flag.StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
            {
                error = $"'{flag}' needs a value";
                return null;
            }

            values[flag[2..]] = args[++i];
        }

        if (!values.TryGetValue("app-id", out var appId) || appId.Length == 0)
        {
            error = "--app-id is required";
            return null;
        }

        var problems = new List<string>();
        int? Port(string name)
        {
            if (!values.TryGetValue(name, out var raw))
            {
                return null;
            }

            if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is >= 0 and <= 65535)
            {
                return port;
            }

            problems.Add($"--{name} '{raw}' is not a port number");
            return null;
        }

        long? BodySize()
        {
            if (!values.TryGetValue("max-body-size", out var raw))
            {
                return null;
            }

            if (ByteQuantity.TryParse(raw, out var bytes) && bytes > 0)
            {
                return bytes;
            }

            problems.Add($"--max-body-size '{raw}' is not a size such as 4Mi or 4194304");
            return null;
        }

        // What a flag leaves out is SidecarOptions' default, which is daprd's.
        var defaults = new SidecarOptions { AppId = appId };
        var options = defaults with
        {
            AppPort = Port("app-port"),
            DaprHttpPort = Port("dapr-http-port") ?? defaults.DaprHttpPort,
            DaprGrpcPort = Port("dapr-grpc-port") ?? defaults.DaprGrpcPort,
            ResourcesPath = values.GetValueOrDefault("resources-path") ?? values.GetValueOrDefault("components-path"),
            ConfigPath = values.GetValueOrDefault("config"),
            ApiToken = Environment.GetEnvironmentVariable("DAPR_API_TOKEN"),
            AppToken = Environment.GetEnvironmentVariable("APP_API_TOKEN"),
            MaxBodySize = BodySize() ?? defaults.MaxBodySize,
        };
        var unknown = values.Keys.Except(["app-id", "app-port", "dapr-http-port", "dapr-grpc-port", "resources-path", "components-path", "config", "max-body-size"]).FirstOrDefault();
        if (unknown is not null)
        {
            problems.Add($"unknown flag --{unknown}");
        }

        error = problems.FirstOrDefault();

        return error is null ? options : null;
    }
}
