using Kugelpos.ServiceDefaults.Security;

namespace Kugelpos.ServiceDefaults.Hosting;

/// <summary>The settings that tell a service where its Dapr sidecar is, under the names daprd gives them.</summary>
public static class SidecarSettings
{
    /// <summary>
    /// <c>DAPR_HTTP_ENDPOINT</c> and <c>DAPR_GRPC_ENDPOINT</c>, read by the Dapr SDK; with
    /// <paramref name="appToken"/>, <c>APP_API_TOKEN</c>, which the service then requires of the sidecar.
    /// </summary>
    /// <param name="httpEndpoint">The sidecar's HTTP API, e.g. <c>http://127.0.0.1:3500</c>.</param>
    /// <param name="grpcEndpoint">The sidecar's gRPC API, e.g. <c>http://127.0.0.1:50001</c>.</param>
    /// <param name="appToken">The token the sidecar sends the app, or null for none.</param>
    public static Dictionary<string, string?> For(Uri httpEndpoint, Uri grpcEndpoint, string? appToken = null)
    {
        ArgumentNullException.ThrowIfNull(httpEndpoint);
        ArgumentNullException.ThrowIfNull(grpcEndpoint);
        var settings = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            // Written without the trailing slash, as daprd sets them.
            ["DAPR_HTTP_ENDPOINT"] = httpEndpoint.GetLeftPart(UriPartial.Authority),
            ["DAPR_GRPC_ENDPOINT"] = grpcEndpoint.GetLeftPart(UriPartial.Authority),
        };
        if (appToken is not null)
        {
            settings[DaprAppTokenMiddleware.ConfigurationKey] = appToken;
        }

        return settings;
    }
}
