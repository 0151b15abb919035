namespace Kugelpos.Host;

/// <summary>One Kugelpos service as the host runs it: its Dapr app id, its Kugelpos port and its sidecar's ports.</summary>
/// <param name="AppId">The Dapr app id (also the service name).</param>
/// <param name="Port">The service's Kugelpos port (8000-8006).</param>
/// <param name="SidecarHttpPort">The sidecar's HTTP port (3500 + n).</param>
/// <param name="SidecarGrpcPort">The sidecar's gRPC port (50001 + n).</param>
public sealed record AppPorts(string AppId, int Port, int SidecarHttpPort, int SidecarGrpcPort)
{
    /// <summary>The seven services, in the original's port order.</summary>
    public static IReadOnlyList<AppPorts> All { get; } =
    [
        .. new[] { "account", "terminal", "master-data", "cart", "report", "journal", "stock" }
            .Select((id, n) => new AppPorts(id, 8000 + n, 3500 + n, 50001 + n)),
    ];

    /// <summary>This app with <paramref name="offset"/> added to each of its ports.</summary>
    /// <param name="offset">What to add; zero keeps the original's ports.</param>
    public AppPorts WithPortOffset(int offset) =>
        this with { Port = Port + offset, SidecarHttpPort = SidecarHttpPort + offset, SidecarGrpcPort = SidecarGrpcPort + offset };
}
