using System.Net;
using System.Text.Json;
using Kugelpos.Actors.Contracts.Terminals;
using Kugelpos.Actors.Contracts.Transactions;
using Kugelpos.Cart.Actors.Transactions;
using Kugelpos.Cart.Tests.Support;
using Kugelpos.Cart.Transactions;
using Kugelpos.Contracts;
using Kugelpos.Contracts.Transactions;
using Kugelpos.Dapr.Actors;
using Kugelpos.MasterData;
using Kugelpos.Sidecar;
using Kugelpos.Terminal.Actors;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kugelpos.Cart.Tests.Transactions;

/// <summary>
/// The cart service with its transactions beside a sidecar (actors in memory), hosting the real
/// terminal actor too so voids and returns are numbered as in production, and the real master-data
/// service beside its own sidecar in the same cluster, which knows each test tenant's payment
/// methods 01 and 11 (a return's payments are looked up there, and a reversal's receipt range).
/// Each test takes a tenant.
/// </summary>
public sealed class TransactionSystem : IAsyncLifetime
{
    private readonly SidecarCluster _cluster = new(TimeProvider.System, NullLoggerFactory.Instance);
    private ServiceTestHost? _service;
    private ServiceTestHost? _masterData;
    private int _tenants;

    public ServiceTestHost Service => _service ?? throw new InvalidOperationException("Not started.");

    public ServiceTestHost MasterData => _masterData ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        _masterData = await ServiceTestHost.StartAsync(
            b => b.AddMasterDataService(), a => a.MapMasterDataService(), sidecar: new TestSidecar(MasterDataService.AppId) { Cluster = _cluster });
        _service = await ServiceTestHost.StartAsync(
            b =>
            {
                b.AddCartService();
                b.Services.AddSingleton<TransactionStore>();
                b.Services.AddSingleton<CrashingTransactionStore>();
                b.Services.AddSingleton<ITransactionStore>(provider => provider.GetRequiredService<CrashingTransactionStore>());
                b.AddKugelposActors(o => o.Actors.RegisterActor<TerminalActor>());
                b.Services.TryAddSingleton<ITerminalListing, NoListing>();
            },
            a =>
            {
                a.MapCartService();
            },
            sidecar: new TestSidecar("cart")
            {
                Cluster = _cluster,
                ActorStore = ActorStore.InMemory,

                // The transaction actor saves its state with a TTL of its own.
                Resources = new Dictionary<string, string>(StringComparer.Ordinal) { [DaprConfigurations.FileName] = DaprConfigurations.ActorStateTtl },
            });
    }

    public async Task DisposeAsync()
    {
        if (_service is not null)
        {
            await _service.DisposeAsync();
        }

        if (_masterData is not null)
        {
            await _masterData.DisposeAsync();
        }

        await _cluster.DisposeAsync();
    }

    /// <summary>A tenant of its own for one test, set up in master data with cash (01) and a card (11).</summary>
    public async Task<string> NewTenantAsync()
    {
        var tenant = $"T{Interlocked.Increment(ref _tenants):D4}";
        await SeedAsync(tenant, "/api/v1/tenants", new { tenantId = tenant });
        foreach (var (code, description) in new[] { ("01", "Cash"), ("11", "Card") })
        {
            await SeedAsync(tenant, $"/api/v1/tenants/{tenant}/payments", new
            {
                paymentCode = code, description, limitAmount = 10_000_000m, canRefund = true, canDepositOver = code == "01", canChange = code == "01", isActive = true,
            });
        }

        return tenant;
    }

    /// <summary>Posts <paramref name="body"/> to master data as the tenant's administrator, asserting it was created.</summary>
    public Task SeedAsync(string tenantId, string path, object body) => MasterDataSeed.PostAsync(MasterData, tenantId, path, body);

    public string UserToken(string tenant) => Service.UserToken(tenant);

    /// <summary>The store the actors use, which can be told to crash once.</summary>
    internal CrashingTransactionStore Store => Service.Services.GetRequiredService<CrashingTransactionStore>();

    public TransactionActorClient Transactions => Service.Services.GetRequiredService<TransactionActorClient>();

    /// <summary>The terminal actor of <paramref name="terminalId"/>.</summary>
    public ITerminalActor Terminal(string terminalId) => Service.Terminal(terminalId);

    /// <summary>Terminal {tenant}-S01-{no}, created, with Alice signed in and open.</summary>
    public Task<string> OpenTerminalAsync(string tenant, int terminalNo = 1) => Service.CreateTerminalAsync(tenant, terminalNo);

    /// <summary>Records a sale (or another log) numbered <paramref name="transactionNo"/> at terminal 1 of S01, through the store seam.</summary>
    public async Task<TransactionLog> RecordSaleAsync(
        string tenant, int transactionNo, TransactionType type = TransactionType.NormalSales, bool cancelled = false, DateOnly? businessDate = null, int openCounter = 1)
    {
        var log = new TransactionLog
        {
            EventId = Guid.NewGuid(),
            TenantId = tenant,
            StoreCode = "S01",
            TerminalNo = 1,
            TransactionNo = transactionNo,
            ReceiptNo = 100 + transactionNo,
            TransactionType = type,
            BusinessDate = businessDate ?? new DateOnly(2026, 11, 30),
            OpenCounter = openCounter,
            BusinessCounter = 1,
            GenerateDateTime = ServiceTestHost.Start,
            Sales = new TransactionSales { TotalAmount = 1000m, TotalAmountWithTax = 1100m, TaxAmount = 100m, TotalQuantity = 2, IsCancelled = cancelled },
            LineItems = [new TransactionLineItem { LineNo = 1, ItemCode = "49-01", Description = "Tea", UnitPrice = 500m, Quantity = 2, Amount = 1000m }],
            Payments =
            [
                new TransactionPayment { PaymentNo = 1, PaymentCode = "01", Amount = 600m, DepositAmount = 1000m, Description = "Cash" },
                new TransactionPayment { PaymentNo = 2, PaymentCode = "11", Amount = 500m, Description = "Card" },
            ],
            Staff = new TransactionStaff { Id = "S001", Name = "Alice" },
        };
        var reply = await Transactions.RecordAsync(log);
        Assert.Null(reply.Refusal);
        return reply.Log!;
    }

    public static object[] MatchingPayments { get; } = [new { paymentCode = "01", amount = 600 }, new { paymentCode = "11", amount = 500 }];

    public static string Path(string tenant, string rest = "") => $"/api/v1/tenants/{tenant}/stores/S01/terminals/1/transactions{rest}";

    public async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpMethod method, string path, string bearer, object? body = null)
    {
        using var response = await Service.SendAsync(method, path, body, bearer);
        return (response.StatusCode, await Json.ReadAsync(response));
    }
}
