using Kugelpos.Benchmarks;
using Kugelpos.Benchmarks.Events;
using Kugelpos.Benchmarks.Sale;

// Without a mode: actor calls through the local sidecar against direct calls. With `sale`: POS
// devices doing whole sales through the host against raw Redis SETs. With `events`: transaction
// logs published through the cart's sidecar and completed by report, journal and stock.
// A measurement tool: it exits 0 whatever the verdicts (2 for a bad command line, 1 when a mode's set-up fails).
var options = BenchOptions.Parse(args, out var error);
if (options is null)
{
    Console.Error.WriteLine($"kugelpos-bench: {error}");
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

if (options.Mode == BenchMode.Sale)
{
    return await SaleBenchmark.RunAsync(options);
}

if (options.Mode == BenchMode.Events)
{
    return await EventsBenchmark.RunAsync(options);
}

await ActorBenchmark.RunAsync(options);
return 0;
