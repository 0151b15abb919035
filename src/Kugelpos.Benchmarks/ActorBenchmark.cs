using System.Globalization;

namespace Kugelpos.Benchmarks;

/// <summary>
/// Actor calls through the Dapr SDK and the local sidecar, against the same call made directly
/// on the app: throughput and latency for each, then verdicts against the sidecar's targets.
/// </summary>
public static class ActorBenchmark
{
    /// <summary>Runs every call path for <see cref="BenchOptions.Seconds"/> each and prints the results.</summary>
    public static async Task RunAsync(BenchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var inv = CultureInfo.InvariantCulture;
        var duration = TimeSpan.FromSeconds(options.Seconds);
        var warmUp = options.WarmUp;
        var singleDuration = TimeSpan.FromSeconds(Math.Max(1, options.Seconds / 2));
        Console.WriteLine(string.Create(inv, $"Kugelpos actor call benchmark: {options.Callers} callers, {options.Seconds} s per run (warm-up {warmUp.TotalSeconds:0.#} s), {Environment.ProcessorCount} cores"));

        await using var host = await BenchHost.StartAsync();
        using var callers = new ActorCallers(host.Sidecar.HttpEndpoint, host.AppEndpoint, options.ActorIds);
        await callers.WaitUntilHostedAsync(TimeSpan.FromSeconds(20));

        var many = new LoadRunner(options.Callers, options.ActorIds);
        var manyLabel = string.Create(inv, $"{options.ActorIds} ids");
        var directMany = await many.RunAsync(callers.DirectAsync, warmUp, duration);
        BenchReport.PrintRun($"direct   ({manyLabel})", directMany);
        var sidecarMany = await many.RunAsync(callers.ViaSidecarAsync, warmUp, duration);
        BenchReport.PrintRun($"sidecar  ({manyLabel})", sidecarMany);
        var remotingMany = await many.RunAsync(callers.ViaSidecarRemotingAsync, warmUp, duration);
        BenchReport.PrintRun($"remoting ({manyLabel})", remotingMany);

        var single = new LoadRunner(options.Callers, 1);
        var directSingle = await single.RunAsync(callers.DirectAsync, warmUp, singleDuration);
        BenchReport.PrintRun("direct   (1 id)", directSingle);
        var sidecarSingle = await single.RunAsync(callers.ViaSidecarAsync, warmUp, singleDuration);
        BenchReport.PrintRun("sidecar  (1 id)", sidecarSingle);

        Console.WriteLine();
        BenchReport.PrintVerdicts(manyLabel, sidecarMany, directMany);
        BenchReport.PrintComparison("1 id", sidecarSingle, directSingle, " (informational: one id serialises on its turn lock)");
    }
}
