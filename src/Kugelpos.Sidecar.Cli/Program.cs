using System.Diagnostics;
using Kugelpos.Sidecar;
using Kugelpos.Sidecar.Cli;
using Kugelpos.Sidecar.Resources;
using Microsoft.Extensions.Logging;

// One local sidecar, started the way daprd is.
var started = Stopwatch.StartNew();
var commandLine = DaprdArguments.Parse(args, out var error);
if (commandLine is null)
{
    Console.Error.WriteLine(error is { Length: > 0 } ? $"{error}\n\n{DaprdArguments.Usage}" : DaprdArguments.Usage);
    return error is { Length: > 0 } ? 2 : 0;
}

var options = commandLine.Options;
using var loggerFactory = LoggerFactory.Create(logging => logging
    .SetMinimumLevel(commandLine.LogLevel)
    .AddSimpleConsole(console => console.SingleLine = true)
    .AddFilter("Microsoft.AspNetCore", LogLevel.Warning)
    .AddFilter("Microsoft.Hosting", LogLevel.Warning));
var log = loggerFactory.CreateLogger("kugelpos-daprd");
foreach (var flag in commandLine.Ignored)
{
    log.LogWarning("{Flag} has no effect on the local sidecar and is ignored", flag);
}

using var stop = StopSignal.Listen();
await using var cluster = new SidecarCluster(TimeProvider.System, loggerFactory);
LocalSidecar sidecar;
try
{
    sidecar = await LocalSidecar.StartAsync(options, cluster);
}
catch (ResourceLoadException e)
{
    log.LogError("Cannot start: {Problem}", e.Message);
    return 1;
}
catch (IOException e)
{
    log.LogError("Cannot listen on port {Http} or {Grpc}: {Problem}", options.DaprHttpPort, options.DaprGrpcPort, e.Message);
    return 1;
}

await using (sidecar)
{
    log.LogInformation("Sidecar for {AppId} on {Http} (HTTP) and {Grpc} (gRPC)", options.AppId, sidecar.HttpEndpoint, sidecar.GrpcEndpoint);

    // daprd's readiness line, which tools (the Dapr CLI, test harnesses) wait for.
    log.LogInformation("dapr initialized. Status: Running. Init Elapsed {Elapsed}ms", started.ElapsedMilliseconds);
    await stop.WaitAsync();
}

return 0;
