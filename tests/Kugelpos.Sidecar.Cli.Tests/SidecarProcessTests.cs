using System.Net;
using Kugelpos.Testing;

namespace Kugelpos.Sidecar.Cli.Tests;

/// <summary>The program itself, started as a process the way an operator starts daprd.</summary>
public sealed class SidecarProcessTests
{
    private const string Program = "kugelpos-daprd";

    [Fact]
    public async Task It_serves_health_until_sigterm_and_then_exits_cleanly()
    {
        var http = FreePort.Next();
        using var process = ProgramProcess.Start(Program, $"--app-id report --dapr-http-port {http} --dapr-grpc-port {FreePort.Next()}");
        using var client = new HttpClient();

        await process.UntilLoggedAsync("Sidecar for report on");
        var health = await client.GetAsync(new Uri($"http://127.0.0.1:{http}/v1.0/healthz"));
        Assert.Equal(HttpStatusCode.NoContent, health.StatusCode);

        Assert.Equal(0, process.Signal(15));
        Assert.Equal(0, await process.WaitForExitAsync());
    }

    [Fact]
    public async Task A_daprd_command_line_starts_it_with_daprds_readiness_line_and_a_warning_per_flag_without_effect()
    {
        using var process = ProgramProcess.Start(Program,
            $"--app-id report --dapr-http-port {FreePort.Next()} --dapr-grpc-port {FreePort.Next()} --log-level info --metrics-port 9090 --enable-metrics --app-protocol http --placement-host-address localhost:50005");

        await process.UntilLoggedAsync("dapr initialized. Status: Running.");

        Assert.Contains("--metrics-port has no effect", process.OutputSoFar, StringComparison.Ordinal);
        Assert.Contains("--placement-host-address has no effect", process.OutputSoFar, StringComparison.Ordinal);
        Assert.Equal(0, process.Signal(15));
        Assert.Equal(0, await process.WaitForExitAsync());
    }

    [Fact]
    public async Task A_bad_resource_stops_start_up_with_the_file_named()
    {
        var folder = Directory.CreateTempSubdirectory("kugelpos-cli-");
        await File.WriteAllTextAsync(Path.Combine(folder.FullName, "broken.yaml"), "kind: Component\nmetadata:\n  name: x\nspec:\n  type: state.cassandra\n");
        using var process = ProgramProcess.Start(Program, $"--app-id report --dapr-http-port {FreePort.Next()} --dapr-grpc-port {FreePort.Next()} --resources-path {folder.FullName}");

        var output = await process.ReadOutputToEndAsync();
        var exitCode = await process.WaitForExitAsync();
        folder.Delete(recursive: true);

        Assert.Equal(1, exitCode);
        Assert.Contains("broken.yaml", output, StringComparison.Ordinal);
        Assert.Contains("state.cassandra", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Usage_errors_exit_with_2()
    {
        using var process = ProgramProcess.Start(Program, "--app-port 8003");

        var error = await process.ReadErrorToEndAsync();

        Assert.Equal(2, await process.WaitForExitAsync());
        Assert.Contains("--app-id is required", error, StringComparison.Ordinal);
    }
}
