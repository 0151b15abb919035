using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Kugelpos.Dapr;

/// <summary>
/// Where the app's sidecar takes HTTP calls, read as the Dapr SDK reads it (<c>DAPR_HTTP_ENDPOINT</c>,
/// else <c>DAPR_HTTP_PORT</c> on loopback) but from configuration, so a service the one-machine host
/// runs in-process finds its own sidecar rather than the process environment's.
/// </summary>
public static class DaprSidecarAddress
{
    /// <summary>The endpoint, or null when configuration names none (the SDK's own default then applies).</summary>
    public static string? HttpEndpoint(IConfiguration? configuration) =>
        configuration?["DAPR_HTTP_ENDPOINT"] is { Length: > 0 } endpoint ? endpoint
        : configuration?["DAPR_HTTP_PORT"] is { Length: > 0 } port && int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? $"http://127.0.0.1:{number}"
            : null;
}
