namespace Kugelpos.Sidecar.Tests.Hosting;

public sealed class FreePortTests
{
    [Fact]
    public void Ports_come_from_below_the_range_outgoing_connections_take_their_ports_from()
    {
        var ephemeralStart = int.Parse(File.ReadAllText("/proc/sys/net/ipv4/ip_local_port_range").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)[0], System.Globalization.CultureInfo.InvariantCulture);

        var ports = Enumerable.Range(0, 50).Select(_ => FreePort.Next()).ToList();

        Assert.All(ports, p => Assert.InRange(p, 24_000, ephemeralStart - 1));
    }

    [Fact]
    public void A_process_is_never_handed_one_port_twice()
    {
        var ports = Enumerable.Range(0, 500).AsParallel().Select(_ => FreePort.Next()).ToList();

        Assert.Equal(ports.Count, ports.Distinct().Count());
    }
}
