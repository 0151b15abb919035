using System.Net;
using System.Net.Sockets;
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
    public async Task The_embedded_system_starts_every_sidecar_healthy()
    {
        var apps = KugelposApp.All.Select(a => a with { SidecarHttpPort = FreePort.Next(), SidecarGrpcPort = FreePort.Next() }).ToList();
        var data = Directory.CreateTempSubdirectory("kugelpos-host-");
        var previous = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(data.FullName);
        try
        {
            var host = new SystemHost(HostOptions.Parse([], Root, out _)!, NullLoggerFactory.Instance, apps);
            await using var system = await host.StartAsync();
            using var http = new HttpClient();

            foreach (var sidecar in system.Sidecars)
            {
                Assert.Equal(HttpStatusCode.NoContent, (await http.GetAsync(new Uri(sidecar.HttpEndpoint, "/v1.0/healthz"))).StatusCode);
            }

            Assert.Equal(["cartstore"], system.Sidecars[3].Components.StateStores.Select(s => s.Name));
            Assert.True(File.Exists(Path.Combine(data.FullName, "data", "state", "cartstore.db")));
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
            data.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_port_in_use_is_reported_by_name()
    {
        using var squatter = new TcpListener(IPAddress.Loopback, 0);
        squatter.Start();
        var busy = ((IPEndPoint)squatter.LocalEndpoint).Port;
        var apps = new[] { new KugelposApp("terminal", 8001, busy, FreePort.Next()) };
        var empty = Directory.CreateTempSubdirectory("kugelpos-empty-");
        var host = new SystemHost(new HostOptions(empty.FullName, null), NullLoggerFactory.Instance, apps);

        var error = await Assert.ThrowsAsync<StartupException>(host.StartAsync);
        empty.Delete();

        Assert.Contains($"Port {busy}", error.Message, StringComparison.Ordinal);
        Assert.Contains("terminal", error.Message, StringComparison.Ordinal);
    }
}
