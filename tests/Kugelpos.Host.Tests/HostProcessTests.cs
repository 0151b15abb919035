using System.Net;
using System.Text.Json;
using Kugelpos.Sidecar;
using Kugelpos.Testing;

namespace Kugelpos.Host.Tests;

/// <summary>The README's run command: the host program as a process, stopped with Ctrl+C.</summary>
public sealed class HostProcessTests
{
    private const string Program = "Kugelpos.Host";

    // Quiet services and cheap password hashing; the developer's Redis choice must not leak in.
    private static readonly Dictionary<string, string?> Environment = new()
    {
        ["Kugelpos__Logging__Console"] = "false",
        ["Kugelpos__Account__PasswordWorkFactor"] = "4",
        ["KUGELPOS_REDIS"] = null,
    };

    [Fact]
    public async Task The_program_serves_every_existing_service_until_ctrl_c_and_then_exits_cleanly()
    {
        var offset = FreeOffset();
        var workingDirectory = Directory.CreateTempSubdirectory("kugelpos-run-");
        try
        {
            using var process = ProgramProcess.Start(Program, $"--port-offset {offset}", workingDirectory.FullName, Environment);
            await process.UntilLoggedAsync("Kugelpos is up");
            using var http = new HttpClient();
            foreach (var service in ServiceCatalog.All)
            {
                var port = AppPorts.All.Single(a => a.AppId == service.AppId).WithPortOffset(offset).Port;
                using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/health"));
                using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Equal(service.AppId, body.RootElement.GetProperty("service").GetString());
            }

            Assert.Equal(0, process.Signal(2));
            Assert.Equal(0, await process.WaitForExitAsync());
            Assert.True(Directory.Exists(Path.Combine(workingDirectory.FullName, "data", "documents")));
        }
        finally
        {
            workingDirectory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task The_host_logs_in_the_services_one_serilog_format()
    {
        var workingDirectory = Directory.CreateTempSubdirectory("kugelpos-log-");
        try
        {
            using var process = ProgramProcess.Start(Program, $"--port-offset {FreeOffset()}", workingDirectory.FullName, Environment);
            await process.UntilLoggedAsync("Kugelpos is up");
            process.Signal(2);
            var output = await process.ReadOutputToEndAsync();

            var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            Assert.Contains(lines, l => l.Contains("INF] Kugelpos.Host: Kugelpos is up", StringComparison.Ordinal));
            Assert.All(lines, l => Assert.Matches(@"^\[\d\d:\d\d:\d\d (VRB|DBG|INF|WRN|ERR|FTL)\] ", l));
            Assert.DoesNotContain("info: ", output, StringComparison.Ordinal);
        }
        finally
        {
            workingDirectory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_bad_port_offset_is_a_usage_error()
    {
        using var process = ProgramProcess.Start(Program, "--port-offset 70000", Path.GetTempPath(), Environment);

        var error = await process.ReadErrorToEndAsync();

        Assert.Equal(2, await process.WaitForExitAsync());
        Assert.Contains("--port-offset needs a whole number", error, StringComparison.Ordinal);
    }

    // An offset at which all 21 ports are free right now, so the test never fights a developer's running system.
    private static int FreeOffset()
    {
        for (var offset = 10_000 + Random.Shared.Next(5_000); ; offset += 7)
        {
            var ports = AppPorts.All.Select(a => a.WithPortOffset(offset)).SelectMany(a => new[] { a.Port, a.SidecarHttpPort, a.SidecarGrpcPort });
            if (ports.All(FreePort.IsFree))
            {
                return offset;
            }
        }
    }
}
