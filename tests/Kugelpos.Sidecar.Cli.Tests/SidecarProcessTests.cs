using System.Diagnostics;
using System.Net;

namespace Kugelpos.Sidecar.Cli.Tests;

/// <summary>The program itself, started as a process the way an operator starts daprd.</summary>
public sealed class SidecarProcessTests
{
    private static readonly string Program = Path.Combine(AppContext.BaseDirectory, "kugelpos-daprd.dll");

    [Fact]
    public async Task It_serves_health_until_sigterm_and_then_exits_cleanly()
    {
        var http = FreePort.Next();
        using var process = Start($"--app-id report --dapr-http-port {http} --dapr-grpc-port {FreePort.Next()}");
        using var client = new HttpClient();

        await UntilLoggedAsync(process, "Sidecar for report on");
        var health = await client.GetAsync(new Uri($"http://127.0.0.1:{http}/v1.0/healthz"));
        Assert.Equal(HttpStatusCode.NoContent, health.StatusCode);

        Assert.Equal(0, Kill(process, signal: 15));
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(0, process.ExitCode);
    }

    [Fact]
    public async Task A_bad_resource_stops_start_up_with_the_file_named()
    {
        var folder = Directory.CreateTempSubdirectory("kugelpos-cli-");
        await File.WriteAllTextAsync(Path.Combine(folder.FullName, "broken.yaml"), "kind: Component\nmetadata:\n  name: x\nspec:\n  type: state.cassandra\n");
        using var process = Start($"--app-id report --dapr-http-port {FreePort.Next()} --dapr-grpc-port {FreePort.Next()} --resources-path {folder.FullName}");

        var output = await process.StandardOutput.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        folder.Delete(recursive: true);

        Assert.Equal(1, process.ExitCode);
        Assert.Contains("broken.yaml", output, StringComparison.Ordinal);
        Assert.Contains("state.cassandra", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Usage_errors_exit_with_2()
    {
        using var process = Start("--app-port 8003");

        var error = await process.StandardError.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(2, process.ExitCode);
        Assert.Contains("--app-id is required", error, StringComparison.Ordinal);
    }

    private static Process Start(string arguments) =>
        Process.Start(new ProcessStartInfo("dotnet", $"\"{Program}\" {arguments}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("dotnet did not start");

    // The program logs its endpoints once it listens; reading its output waits exactly that long.
    private static async Task UntilLoggedAsync(Process process, string text)
    {
        while (await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60)) is { } line)
        {
            if (line.Contains(text, StringComparison.Ordinal))
            {
                return;
            }
        }

        throw new InvalidOperationException($"the sidecar exited without logging '{text}'");
    }

    private static int Kill(Process process, int signal)
    {
        using var kill = Process.Start("kill", $"-{signal} {process.Id}");
        kill.WaitForExit();
        return kill.ExitCode;
    }
}
