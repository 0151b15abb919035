using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace Kugelpos.Host.Tests;

/// <summary>The README's run command: the host program as a process, stopped with Ctrl+C.</summary>
public sealed class HostProcessTests
{
    private static readonly string Program = Path.Combine(AppContext.BaseDirectory, "Kugelpos.Host.dll");

    [Fact]
    public async Task The_program_serves_every_existing_service_until_ctrl_c_and_then_exits_cleanly()
    {
        var offset = FreeOffset();
        var workingDirectory = Directory.CreateTempSubdirectory("kugelpos-run-");
        using var process = Start($"--port-offset {offset}", workingDirectory.FullName);
        try
        {
            await UntilLoggedAsync(process, "Kugelpos is up");
            using var http = new HttpClient();
            foreach (var service in ServiceCatalog.All)
            {
                var port = AppPorts.All.Single(a => a.AppId == service.AppId).WithPortOffset(offset).Port;
                using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/health"));
                using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Equal(service.AppId, body.RootElement.GetProperty("service").GetString());
            }

            Assert.Equal(0, Signal(process, signal: 2));
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));

            Assert.Equal(0, process.ExitCode);
            Assert.True(Directory.Exists(Path.Combine(workingDirectory.FullName, "data", "documents")));
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            workingDirectory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_bad_port_offset_is_a_usage_error()
    {
        using var process = Start("--port-offset 70000", Path.GetTempPath());

        var error = await process.StandardError.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(2, process.ExitCode);
        Assert.Contains("--port-offset needs a whole number", error, StringComparison.Ordinal);
    }

    // An offset at which all 21 ports are free right now, so the test never fights a developer's running system.
    private static int FreeOffset()
    {
        for (var offset = 10_000 + Random.Shared.Next(5_000); ; offset += 7)
        {
            var ports = AppPorts.All.Select(a => a.WithPortOffset(offset)).SelectMany(a => new[] { a.Port, a.SidecarHttpPort, a.SidecarGrpcPort });
            if (ports.All(IsFree))
            {
                return offset;
            }
        }
    }

    private static bool IsFree(int port)
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

    private static Process Start(string arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo("dotnet", $"\"{Program}\" {arguments}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };

        // Quiet services and cheap password hashing; the developer's Redis choice must not leak in.
        start.Environment["Kugelpos__Logging__Console"] = "false";
        start.Environment["Kugelpos__Account__PasswordWorkFactor"] = "4";
        start.Environment.Remove("KUGELPOS_REDIS");
        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
    }

    // The host logs once everything listens; reading its output waits exactly that long.
    private static async Task UntilLoggedAsync(Process process, string text)
    {
        while (await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(120)) is { } line)
        {
            if (line.Contains(text, StringComparison.Ordinal))
            {
                return;
            }
        }

        throw new InvalidOperationException($"the host exited without logging '{text}': {await process.StandardError.ReadToEndAsync()}");
    }

    private static int Signal(Process process, int signal)
    {
        using var kill = Process.Start("kill", $"-{signal} {process.Id}");
        kill.WaitForExit();
        return kill.ExitCode;
    }
}
