namespace Kugelpos.Sidecar;

/// <summary>How one sidecar runs: the flags daprd takes, under the same names.</summary>
public sealed record SidecarOptions
{
    /// <summary><c>--app-id</c>: the app this sidecar serves.</summary>
    public required string AppId { get; init; }

    /// <summary><c>--app-port</c>: where the app listens; null runs without an app, as daprd does.</summary>
    public int? AppPort { get; init; }

    /// <summary>The app's host; the sidecar and the app share a machine (or a pod).</summary>
    public string AppHost { get; init; } = "127.0.0.1";

    /// <summary><c>--dapr-http-port</c>; 0 picks a free port.</summary>
    public int DaprHttpPort { get; init; } = 3500;

    /// <summary><c>--dapr-grpc-port</c>; 0 picks a free port.</summary>
    public int DaprGrpcPort { get; init; } = 50001;

    /// <summary><c>--resources-path</c>: the folder of Dapr resource YAML; null loads none.</summary>
    public string? ResourcesPath { get; init; }

    /// <summary><c>--config</c>: a Configuration resource file. Null uses a Configuration found in the
    /// resources folder if there is exactly one, else daprd's defaults.</summary>
    public string? ConfigPath { get; init; }

    /// <summary><c>DAPR_API_TOKEN</c>: when set, callers must send it in <c>dapr-api-token</c>.</summary>
    public string? ApiToken { get; init; }

    /// <summary><c>APP_API_TOKEN</c>: when set, sent to the app in <c>dapr-api-token</c>.</summary>
    public string? AppToken { get; init; }

    /// <summary><c>--max-body-size</c> in bytes (daprd's default is 4 MiB).</summary>
    public long MaxBodySize { get; init; } = 4 * 1024 * 1024;
}
