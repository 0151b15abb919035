using System.Net;
using System.Net.Sockets;
using Kugelpos.ServiceDefaults.Hosting;
using Kugelpos.Sidecar;
using Kugelpos.Sidecar.Resources;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kugelpos.Host.Tests;

/// <summary>The one-machine host: arguments, the embedded resources, a busy port named.</summary>
public sealed class HostTests
{
    private static readonly string Root = RepositoryRoot.Find();

    [Fact]
    public void Without_arguments_the_embedded_resources_are_used()
    {
        var options = HostOptions.Parse([], Root, out var error);

        Assert.Null(error);
        Assert.Equal(Path.Combine(Root, "components", "local"), options!.ResourcesPath);
        Assert.Null(options.RedisHost);
    }

    [Fact]
    public void Redis_switches_to_the_redis_resources()
    {
        var options = HostOptions.Parse(["--redis", "10.1.2.3:6380"], Root, out _);

        Assert.Equal(Path.Combine(Root, "components", "redis"), options!.ResourcesPath);
        Assert.Equal("10.1.2.3:6380", options.RedisHost);
    }

    [Fact]
    public void An_unknown_argument_is_refused_by_name()
    {
        Assert.Null(HostOptions.Parse(["--bogus"], Root, out var error));
        Assert.Contains("--bogus", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Retargeting_rewrites_every_redis_host_and_nothing_else()
    {
        var copy = RedisResources.Retarget(Path.Combine(Root, "components", "redis"), "redis.example:6390");

        var texts = Directory.GetFiles(copy, "*.yaml").Select(File.ReadAllText).ToList();
        Assert.Equal(6, texts.Count(t => t.Contains("value: redis.example:6390", StringComparison.Ordinal)));
        Assert.DoesNotContain(texts, t => t.Contains("localhost:6379", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("value: \"36000\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_port_in_use_is_reported_by_name()
    {
        using var squatter = new TcpListener(IPAddress.Loopback, 0);
        squatter.Start();
        var busy = ((IPEndPoint)squatter.LocalEndpoint).Port;
        var apps = new[] { new AppPorts("terminal", 8001, busy, FreePort.Next()) };
        var empty = Directory.CreateTempSubdirectory("kugelpos-empty-");
        var host = new SystemHost(new HostOptions(empty.FullName, null), NullLoggerFactory.Instance, apps);

        var error = await Assert.ThrowsAsync<StartupException>(host.StartAsync);
        empty.Delete();

        Assert.Contains($"Port {busy}", error.Message, StringComparison.Ordinal);
        Assert.Contains("terminal", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_service_port_in_use_is_reported_by_name_and_nothing_is_left_running()
    {
        using var squatter = new TcpListener(IPAddress.Loopback, 0);
        squatter.Start();
        var busy = ((IPEndPoint)squatter.LocalEndpoint).Port;
        var sidecarPort = FreePort.Next();
        var apps = new[] { new AppPorts("account", busy, sidecarPort, FreePort.Next()) };
        var data = Directory.CreateTempSubdirectory("kugelpos-busy-");
        var host = new SystemHost(new HostOptions(data.FullName, null, DataFolder: data.FullName), NullLoggerFactory.Instance, apps,
            serviceSettings: new Dictionary<string, string?> { ["Kugelpos:Logging:Console"] = "false" });

        var error = await Assert.ThrowsAsync<StartupException>(host.StartAsync);
        data.Delete(recursive: true);

        Assert.Contains($"Port {busy} (the account service)", error.Message, StringComparison.Ordinal);
        using var probe = new TcpListener(IPAddress.Loopback, sidecarPort);
        probe.Start();
    }

    [Theory]
    [InlineData("0.0.0.0", "http://127.0.0.1:8000/")]
    [InlineData("::", "http://[::1]:8000/")]
    [InlineData("192.168.1.20", "http://192.168.1.20:8000/")]
    public void Bind_chooses_where_services_listen_and_where_the_sidecar_finds_them(string address, string endpoint)
    {
        var options = HostOptions.Parse(["--bind", address], Root, out var error);

        Assert.Null(error);
        Assert.Equal(address, options!.BindAddress);
        Assert.Equal(new Uri(endpoint), ServiceSettings.LocalEndpoint(address, 8000));
    }

    [Fact]
    public void Services_listen_on_loopback_unless_told_otherwise()
    {
        Assert.Equal(HostOptions.Loopback, HostOptions.Parse([], Root, out _)!.BindAddress);
        Assert.Null(HostOptions.Parse(["--bind", "shop-server"], Root, out var error));
        Assert.Contains("--bind needs an IP address", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_service_that_cannot_start_is_named_with_the_setting_at_fault()
    {
        var apps = new[] { new AppPorts("account", FreePort.Next(), FreePort.Next(), FreePort.Next()) };
        var data = Directory.CreateTempSubdirectory("kugelpos-bad-");
        var host = new SystemHost(new HostOptions(data.FullName, null, DataFolder: data.FullName), NullLoggerFactory.Instance, apps,
            serviceSettings: new Dictionary<string, string?> { ["Kugelpos:Logging:Console"] = "false", ["Kugelpos:Account:PasswordWorkFactor"] = "99" });

        var error = await Assert.ThrowsAsync<StartupException>(host.StartAsync);
        data.Delete(recursive: true);

        Assert.StartsWith("The account service cannot start:", error.Message, StringComparison.Ordinal);
        Assert.Contains("Kugelpos:Account:PasswordWorkFactor", error.Message, StringComparison.Ordinal);
        using var probe = new TcpListener(IPAddress.Loopback, apps[0].Port);
        probe.Start();
    }
}
