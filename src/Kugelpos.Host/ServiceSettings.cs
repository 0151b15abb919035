using System.Net;
using System.Net.Sockets;

namespace Kugelpos.Host;

/// <summary>The configuration the host hands an in-process service.</summary>
public static class ServiceSettings
{
    /// <summary>
    /// Defaults that the environment may override: the shared JWT secret file and the LiteDB
    /// folder, both under <paramref name="dataFolder"/>. A <c>Kugelpos__Jwt__Secret</c> or a MongoDB
    /// <c>Kugelpos__DocumentStore__ConnectionString</c> in the environment wins over them.
    /// </summary>
    /// <param name="dataFolder">The host's data folder (<c>data/</c> in the working directory).</param>
    public static Dictionary<string, string?> Defaults(string dataFolder) => new()
    {
        ["Kugelpos:Jwt:SecretFile"] = Path.Combine(dataFolder, "secrets", "jwt-secret"),
        ["Kugelpos:DocumentStore:DataPath"] = Path.Combine(dataFolder, "documents"),
    };

    /// <summary>What the host decides and nothing may override: where the service listens and where its sidecar is.</summary>
    /// <param name="app">The service's row: its ports.</param>
    /// <param name="bindAddress">The address the service listens on.</param>
    public static Dictionary<string, string?> Fixed(AppPorts app, string bindAddress) => new()
    {
        ["Urls"] = $"http://{UrlHost(bindAddress)}:{app.Port}",
        ["Kugelpos:ServiceName"] = app.AppId,
        ["DAPR_HTTP_ENDPOINT"] = $"http://127.0.0.1:{app.SidecarHttpPort}",
        ["DAPR_GRPC_ENDPOINT"] = $"http://127.0.0.1:{app.SidecarGrpcPort}",
    };

    /// <summary>Where a service bound to <paramref name="bindAddress"/> is reached from this machine.</summary>
    public static Uri LocalEndpoint(string bindAddress, int port)
    {
        var address = IPAddress.Parse(bindAddress);
        var host = address.Equals(IPAddress.Any) ? "127.0.0.1" : address.Equals(IPAddress.IPv6Any) ? "[::1]" : UrlHost(bindAddress);
        return new Uri($"http://{host}:{port}");
    }

    private static string UrlHost(string address) =>
        IPAddress.Parse(address).AddressFamily == AddressFamily.InterNetworkV6 ? $"[{address}]" : address;
}
