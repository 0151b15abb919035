using System.Net;
using System.Net.Sockets;
using Kugelpos.ServiceDefaults.Hosting;

namespace Kugelpos.Host;

/// <summary>The configuration the host hands an in-process service.</summary>
public static class ServiceSettings
{
    /// <summary>
    /// Defaults that the environment may override: the shared JWT secret file, the LiteDB folder and
    /// the key ring that encrypts stored API keys and PINs, all under <paramref name="dataFolder"/>.
    /// A <c>Kugelpos__Jwt__Secret</c>, a MongoDB <c>Kugelpos__DocumentStore__ConnectionString</c> or a
    /// <c>Kugelpos__DataProtection__KeyPath</c> in the environment wins over them.
    /// </summary>
    /// <param name="dataFolder">The host's data folder (<c>data/</c> in the working directory).</param>
    public static Dictionary<string, string?> Defaults(string dataFolder) => new()
    {
        ["Kugelpos:Jwt:SecretFile"] = Path.Combine(dataFolder, "secrets", "jwt-secret"),
        ["Kugelpos:DocumentStore:DataPath"] = Path.Combine(dataFolder, "documents"),
        ["Kugelpos:DataProtection:KeyPath"] = Path.Combine(dataFolder, "keys"),
    };

    /// <summary>What the host decides and nothing may override: the service's name and where its sidecar is.</summary>
    /// <param name="app">The service's row: its ports.</param>
    public static Dictionary<string, string?> Fixed(AppPorts app)
    {
        var settings = SidecarSettings.For(new Uri($"http://127.0.0.1:{app.SidecarHttpPort}"), new Uri($"http://127.0.0.1:{app.SidecarGrpcPort}"));
        settings["Kugelpos:ServiceName"] = app.AppId;
        return settings;
    }

    /// <summary>Where the service listens: its port on <paramref name="bindAddress"/>.</summary>
    /// <param name="app">The service's row: its ports.</param>
    /// <param name="bindAddress">The address the service listens on.</param>
    public static string Url(AppPorts app, string bindAddress) => $"http://{UrlHost(bindAddress)}:{app.Port}";

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
