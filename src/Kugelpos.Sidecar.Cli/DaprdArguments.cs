using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Kugelpos.Sidecar.Cli;

/// <summary>
/// daprd's command line, the flags a developer already knows, read into <see cref="DaprdCommandLine"/>.
/// Every daprd flag is accepted, so a command line written for daprd (the Dapr CLI's, a
/// Kubernetes sidecar's) starts the local sidecar too; those that mean nothing here are named in
/// <see cref="DaprdCommandLine.Ignored"/>.
/// </summary>
public static class DaprdArguments
{
    private static readonly Dictionary<string, LogLevel> LogLevels = new(StringComparer.Ordinal)
    {
        ["debug"] = LogLevel.Debug, ["info"] = LogLevel.Information, ["warn"] = LogLevel.Warning, ["error"] = LogLevel.Error, ["fatal"] = LogLevel.Critical,
    };

    private static readonly Option<string> AppId = new("--app-id") { HelpName = "ID", Description = "the app this sidecar serves (required)" };
    private static readonly Option<int?> AppPort = Port("--app-port", "where the app listens; without it the sidecar runs with no app");
    private static readonly Option<int?> HttpPort = Port("--dapr-http-port", "the HTTP API's port (default 3500)");
    private static readonly Option<int?> GrpcPort = Port("--dapr-grpc-port", "the gRPC API's port (default 50001)");
    private static readonly Option<string> ResourcesPath = new("--resources-path") { HelpName = "FOLDER", Description = "the folder of Dapr resource YAML" };
    private static readonly Option<string> ComponentsPath = new("--components-path") { Description = "daprd's older name of --resources-path", Hidden = true };
    private static readonly Option<string> Config = new("--config") { HelpName = "FILE", Description = "a Configuration resource file" };
    private static readonly Option<long?> MaxBodySize = new("--max-body-size")
    {
        HelpName = "SIZE",
        Description = "the largest request body, as a quantity such as 4Mi (default 4Mi)",
        CustomParser = result => ByteQuantity.TryParse(result.Tokens[0].Value, out var bytes) && bytes > 0
            ? bytes
            : Refuse<long?>(result, $"--max-body-size '{result.Tokens[0].Value}' is not a size such as 4Mi or 4194304"),
    };

    private static readonly Option<string> AppChannelAddress = new("--app-channel-address") { HelpName = "ADDRESS", Description = "the app's address (default 127.0.0.1)" };
    private static readonly Option<LogLevel?> Log = new("--log-level")
    {
        HelpName = "LEVEL",
        Description = "debug, info, warn, error or fatal (default info)",
        CustomParser = result => LogLevels.TryGetValue(result.Tokens[0].Value, out var level)
            ? level
            : Refuse<LogLevel?>(result, $"--log-level '{result.Tokens[0].Value}' is not one of {string.Join(", ", LogLevels.Keys)}"),
    };

    // daprd's flags (cmd/daprd/options) that configure what the local sidecar does not have:
    // the control plane, mTLS, metrics, profiling, app health checks, public and internal ports.
    private static readonly Option[] WithoutEffect =
    [
        .. new[]
        {
            "--mode", "--dapr-listen-addresses", "--dapr-public-port", "--dapr-public-listen-address", "--dapr-internal-grpc-port",
            "--dapr-internal-grpc-listen-address", "--profile-port", "--app-protocol", "--control-plane-address", "--sentry-address",
            "--control-plane-trust-domain", "--control-plane-namespace", "--sentry-request-jwt-audiences", "--allowed-origins",
            "--app-max-concurrency", "--dapr-http-max-request-size", "--dapr-http-read-buffer-size", "--read-buffer-size",
            "--unix-domain-socket", "--dapr-graceful-shutdown-seconds", "--dapr-block-shutdown-duration", "--app-health-check-path",
            "--app-health-probe-interval", "--app-health-probe-timeout", "--app-health-threshold", "--placement-host-address",
            "--scheduler-host-address", "--scheduler-job-streams", "--actors-service", "--reminders-service", "--metrics-port",
            "--metrics-listen-address", "--kubeconfig",
        }.Select(name => (Option)new Option<string>(name) { Hidden = true }),
        .. new[]
        {
            "--enable-metrics", "--enable-profiling", "--wait", "--enable-mtls", "--app-ssl", "--enable-api-logging",
            "--disable-builtin-k8s-secret-store", "--enable-app-health-check", "--log-as-json",
        }.Select(name => (Option)new Option<bool>(name) { Hidden = true }),
    ];

    private static readonly RootCommand Command = Build();

    /// <summary>The usage text, as System.CommandLine renders the flags that take effect.</summary>
    public static string Usage { get; } = RenderHelp();

    /// <summary>Parses <paramref name="args"/>; null with <paramref name="error"/> when they are wrong, or with an empty error for <c>--help</c>.</summary>
    public static DaprdCommandLine? Parse(IReadOnlyList<string> args, out string? error)
    {
        // Go's flag package (daprd's) also takes single-dash long flags: -app-id.
        var result = Command.Parse([.. args.Select(a => a.Length > 2 && a[0] == '-' && a[1] != '-' ? "-" + a : a)]);
        if (result.Action is HelpAction)
        {
            error = string.Empty;
            return null;
        }

        error = FirstError(result);
        if (error is not null)
        {
            return null;
        }

        // What a flag leaves out is SidecarOptions' default, which is daprd's.
        var defaults = new SidecarOptions { AppId = result.GetValue(AppId)! };
        var options = defaults with
        {
            AppPort = result.GetValue(AppPort),
            AppHost = result.GetValue(AppChannelAddress) ?? defaults.AppHost,
            DaprHttpPort = result.GetValue(HttpPort) ?? defaults.DaprHttpPort,
            DaprGrpcPort = result.GetValue(GrpcPort) ?? defaults.DaprGrpcPort,
            ResourcesPath = result.GetValue(ResourcesPath) ?? result.GetValue(ComponentsPath),
            ConfigPath = result.GetValue(Config),
            ApiToken = Environment.GetEnvironmentVariable("DAPR_API_TOKEN"),
            AppToken = Environment.GetEnvironmentVariable("APP_API_TOKEN"),
            MaxBodySize = result.GetValue(MaxBodySize) ?? defaults.MaxBodySize,
        };
        var ignored = WithoutEffect.Where(o => result.GetResult(o) is { Implicit: false }).Select(o => o.Name).ToList();
        return new DaprdCommandLine(options, result.GetValue(Log) ?? LogLevel.Information, ignored);
    }

    private static RootCommand Build()
    {
        var command = new RootCommand("""
            A local, single-machine stand-in for daprd; on Kubernetes use the real Dapr.
            Environment: DAPR_API_TOKEN (required of callers), APP_API_TOKEN (sent to the app).
            daprd's other flags are accepted, with a warning where they have no effect here.
            """)
        {
            AppId, AppPort, HttpPort, GrpcPort, ResourcesPath, ComponentsPath, Config, MaxBodySize, AppChannelAddress, Log,
        };
        foreach (var option in WithoutEffect)
        {
            command.Options.Add(option);
        }

        // daprd's --version prints daprd's version; ours would print a meaningless one.
        foreach (var version in command.Options.OfType<VersionOption>().ToList())
        {
            command.Options.Remove(version);
        }

        command.Validators.Add(r =>
        {
            if (r.GetResult(AppId) is null)
            {
                r.AddError("--app-id is required");
            }
        });
        return command;
    }

    // The one line to print above the usage: a flag without its value, then an unknown flag,
    // then the first value refused.
    private static string? FirstError(ParseResult result)
    {
        var bare = result.Errors.Select(e => e.SymbolResult).OfType<OptionResult>()
            .FirstOrDefault(o => o.Tokens.Count == 0 && o.Option.Arity.MinimumNumberOfValues > 0);
        if (bare is not null)
        {
            return $"'{bare.IdentifierToken?.Value ?? bare.Option.Name}' needs a value";
        }

        if (result.UnmatchedTokens.FirstOrDefault(t => t.StartsWith('-')) is { } unknown)
        {
            return $"unknown flag {unknown}";
        }

        return result.Errors.Count > 0 ? result.Errors[0].Message : null;
    }

    private static Option<int?> Port(string name, string description) => new(name)
    {
        HelpName = "N",
        Description = description,
        CustomParser = result => int.TryParse(result.Tokens[0].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is >= 0 and <= 65535
            ? port
            : Refuse<int?>(result, $"{name} '{result.Tokens[0].Value}' is not a port number"),
    };

    private static T? Refuse<T>(ArgumentResult result, string error)
    {
        result.AddError(error);
        return default;
    }

    private static string RenderHelp()
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        Command.Parse("--help").Invoke(new InvocationConfiguration { Output = text });
        return text.ToString().TrimEnd();
    }
}
