using System.Net;
using System.Net.Sockets;

namespace Kugelpos.Sidecar;

/// <summary>
/// A free loopback TCP port for a listener that binds it a little later (a sidecar told its ports
/// before its app starts).
/// </summary>
/// <remarks>
/// A port the OS picks for a listener comes from the ephemeral range, the same range every outgoing
/// connection takes its local port from; between the pick and the bind, a connection to Redis or to
/// another service can take it, and the listener fails with "address in use". So the ports come from
/// below that range, in turn, each checked free, and never twice in one process. The turn starts at a
/// random place so test processes running at once rarely walk the same ports. They start at 24000,
/// above the ports a test gives the host with <c>--port-offset</c> 10000 to 15000 (13500 to 23006):
/// a port of ours taken there became the app port a host's sidecar dials, and it called another
/// test's service as its own app.
/// </remarks>
public static class FreePort
{
    private const int Lowest = 24_000;
    private const int FallbackEphemeralStart = 32_768;

    private static readonly int Highest = EphemeralStart() - 1;
    private static int _next = Random.Shared.Next(Lowest, Highest + 1);

    /// <summary>A port nothing listens on right now, and one this process has not handed out before.</summary>
    public static int Next()
    {
        for (var tried = 0; tried <= Highest - Lowest; tried++)
        {
            var port = Lowest + ((Interlocked.Increment(ref _next) - Lowest) % (Highest - Lowest + 1));
            if (IsFree(port))
            {
                return port;
            }
        }

        throw new InvalidOperationException($"No free loopback port between {Lowest} and {Highest}.");
    }

    /// <summary>Whether nothing listens on loopback <paramref name="port"/> right now.</summary>
    public static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    // Linux names the range in procfs; elsewhere the IANA dynamic range starts at 49152, so 32768 is below it too.
    private static int EphemeralStart()
    {
        const string range = "/proc/sys/net/ipv4/ip_local_port_range";
        if (File.Exists(range)
            && File.ReadAllText(range).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) is [var low, ..]
            && int.TryParse(low, out var start)
            && start > Lowest + 1_000)
        {
            return start;
        }

        return FallbackEphemeralStart;
    }
}
