using System.Globalization;
using System.Text;

namespace Kugelpos.Benchmarks.Sale;

/// <summary>
/// POS devices in closed loops doing whole sales through the host's HTTP API on Redis, then, at the
/// same concurrency, raw Redis SETs of a document the size of a real 10-line cart: calls/s and
/// latencies per operation, the share of the raw write rate the cart keeps, and the targets.
/// </summary>
public static class SaleBenchmark
{
    // A database no Kugelpos store uses (components/redis: 1, 2 and 3), so the SETs disturb nothing.
    private const int SetDatabase = 15;

    private static readonly (SaleOperation Operation, string Label)[] Rows =
    [
        (SaleOperation.CreateCart, "create cart"),
        (SaleOperation.AddItem, "add item"),
        (SaleOperation.Subtotal, "subtotal"),
        (SaleOperation.Payment, "payment (cash 01)"),
        (SaleOperation.Bill, "bill"),
    ];

    /// <summary>Runs the sales and the SETs for <see cref="BenchOptions.Seconds"/> each; 1 when the store cannot be set up.</summary>
    public static async Task<int> RunAsync(BenchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var inv = CultureInfo.InvariantCulture;
        var duration = TimeSpan.FromSeconds(options.Seconds);
        Console.WriteLine(string.Create(inv, $"Kugelpos sale benchmark: {options.Callers} POS devices, {options.Seconds} s per run (warm-up {options.WarmUp.TotalSeconds:0.#} s), {Environment.ProcessorCount} cores"));
        Console.WriteLine(string.Create(inv, $"Each sale: create cart, {StoreSetup.ItemCodes.Count} add-items, subtotal, cash (01), bill; through the host on components/redis"));

        await using var system = await BenchSystem.StartAsync();
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false, UseCookies = false }) { Timeout = TimeSpan.FromSeconds(30) };
        PosDevice[] devices;
        string cart;
        try
        {
            var terminals = await StoreSetup.RunAsync(http, system.Service, options.Callers);
            var items = StoreSetup.ItemCodes.Select(CartApi.OneItem).ToList();
            devices = [.. terminals.Select(t => new PosDevice(new CartApi(http, system.Service("cart"), t), items))];
            cart = await devices[0].FilledCartJsonAsync();
        }
        catch (UnexpectedAnswerException e)
        {
            Console.Error.WriteLine($"kugelpos-bench: the store's set-up or its first cart failed: {e.Message}");
            return 1;
        }

        var runner = new LoadRunner(options.Callers, options.Callers);
        var sales = await runner.RunAsync((device, _) => devices[device].SellAsync(), options.WarmUp, duration, () =>
        {
            foreach (var device in devices)
            {
                device.Times.Clear();
            }
        });
        var document = Encoding.UTF8.GetBytes(cart);
        var setter = new RedisSetCallers(system.Redis.GetDatabase(SetDatabase), document, options.Callers);
        // Raw SETs have no JIT-heavy path to warm: the actor mode's short warm-up is enough for them.
        var sets = await runner.RunAsync(setter.SetAsync, TimeSpan.FromSeconds(Math.Min(options.WarmUp.TotalSeconds, 3)), duration);

        Console.WriteLine();
        var steps = Rows.ToDictionary(r => r.Operation, r => SaleSteps.Of(devices, r.Operation, sales.Elapsed));
        foreach (var (operation, label) in Rows)
        {
            BenchReport.PrintRun(label, steps[operation]);
        }

        BenchReport.PrintRun("whole sale", sales);
        BenchReport.PrintRun(string.Create(inv, $"raw Redis SET ({document.Length:N0} B)"), sets);
        foreach (var (operation, label) in Rows)
        {
            if (SaleSteps.FirstError(devices, operation) is { } error)
            {
                Console.WriteLine($"{label}: first failure: {error}");
            }
        }

        Console.WriteLine();
        var addItem = steps[SaleOperation.AddItem];
        var ratio = sets.CallsPerSecond > 0 ? addItem.CallsPerSecond / sets.CallsPerSecond : 0;
        Console.WriteLine(string.Create(inv, $"add-item/s to raw SET/s: {ratio:0.000} ({addItem.CallsPerSecond:N0} / {sets.CallsPerSecond:N0}); the SET is a {document.Length:N0}-byte 10-line cart as GET /api/v1/carts answers it"));
        foreach (var verdict in SaleTargets.Judge(options.Callers, addItem, sales))
        {
            BenchReport.PrintVerdict(verdict);
        }

        return 0;
    }
}
