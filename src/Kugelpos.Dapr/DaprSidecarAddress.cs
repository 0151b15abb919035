using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Kugelpos.Dapr;

/// <summary>
/// Where the app's sidecar listens and which token it wants, read as the Dapr SDK reads them
/// (<c>DAPR_HTTP_ENDPOINT</c>, else <c>DAPR_HTTP_PORT</c> on loopback; <c>DAPR_GRPC_ENDPOINT</c>;
/// <c>DAPR_API_TOKEN</c>) but from configuration, so a service the one-machine host or a test runs
/// in-process finds its own sidecar rather than the process environment's. The one place these
/// settings are read: the Dapr client, the actor runtime and the service clients all ask here.
/// </summary>
public static class DaprSidecarAddress
{
    /// <summary>The HTTP endpoint, or null when configuration names none (the SDK's own default then applies).</summary>
    public static string? HttpEndpoint(IConfiguration? configuration) =>
        configuration?["DAPR_HTTP_ENDPOINT"] is { Length: > 0 } endpoint ? endpoint
        : configuration?["DAPR_HTTP_PORT"] is { Length: > 0 } port && int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? $"http://127.0.0.1:{number}"
            : null;

    /// <summary>The gRPC endpoint, or null when configuration names none.</summary>
    public static string? GrpcEndpoint(IConfiguration? configuration) =>
        configuration?["DAPR_GRPC_ENDPOINT"] is { Length: > 0 } endpoint ? endpoint : null;

    /// <summary>The token the app presents to its sidecar, or null when configuration names none.</summary>
    public static string? ApiToken(IConfiguration? configuration) =>
        configuration?["DAPR_API_TOKEN"] is { Length: > 0 } token ? token : null;
}
