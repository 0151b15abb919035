using Kugelpos.Benchmarks.Sale;
using Kugelpos.Host.Tests.Reporting;
using Kugelpos.Testing;
using Kugelpos.Testing.Subscriptions;

namespace Kugelpos.Host.Tests.Sales;

/// <summary>
/// The host on the Redis resources over a real redis-server, with the report stand-in on the report
/// app's port, and a store set up through the real APIs as the sale benchmark sets it up: one open
/// terminal per test, so no test's transaction numbers depend on another's.
/// </summary>
public sealed class SaleFixture : IAsyncLifetime
{
    /// <summary>How many terminals the store gets.</summary>
    public const int Terminals = 6;

    private readonly HttpClient _http = new();
    private ServiceTestHost? _report;

    /// <summary>The redis-server every store of the system writes to.</summary>
    public RedisServer Redis { get; } = new();

    /// <summary>The system, started once Redis is up.</summary>
    public SystemFixture System { get; private set; } = null!;

    /// <summary>What the report stand-in received.</summary>
    public ReceivedEvents Received { get; } = new();

    /// <summary>The store's open terminals, terminal no 1 first.</summary>
    public IReadOnlyList<PosTerminal> Tills { get; private set; } = [];

    /// <summary>A POS device's calls to the cart as terminal <paramref name="terminalNo"/>.</summary>
    public CartApi Device(int terminalNo) => new(_http, System.Service("cart"), Tills[terminalNo - 1]);

    /// <summary>A POS device's calls to its transactions as terminal <paramref name="terminalNo"/>.</summary>
    public TransactionDesk Transactions(int terminalNo) =>
        new(_http, System.Service("cart"), Tills[terminalNo - 1], StoreSetup.TenantId, StoreSetup.StoreCode);

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        await Redis.InitializeAsync();
        System = new SystemFixture { RedisHost = Redis.Host, LeftOut = new HashSet<string>(StringComparer.Ordinal) { "report" } };
        _report = await ReportStandIn.StartAsync(System.Apps.Single(a => a.AppId == "report").Port, Received);
        await System.InitializeAsync();
        Tills = await StoreSetup.RunAsync(_http, System.Service, Terminals);
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        await System.DisposeAsync();
        if (_report is not null)
        {
            await _report.DisposeAsync();
        }

        await Redis.DisposeAsync();
        _http.Dispose();
    }
}
