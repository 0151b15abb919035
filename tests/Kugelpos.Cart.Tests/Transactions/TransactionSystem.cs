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
using Kugelpos.Terminal.Actors;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kugelpos.Cart.Tests.Transactions;

/// <summary>
/// The cart service with its transactions beside a sidecar (actors in memory), hosting the real
/// terminal actor too so voids and returns are numbered as in production. Each test takes a tenant.
/// </summary>
public sealed class TransactionSystem : IAsyncLifetime
{
    private ServiceTestHost? _service;
    private int _tenants;

    public ServiceTestHost Service => _service ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync() =>
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
                ActorStore = ActorStore.InMemory,

                // The transaction actor saves its state with a TTL of its own.
                Resources = new Dictionary<string, string>(StringComparer.Ordinal) { [DaprConfigurations.FileName] = DaprConfigurations.ActorStateTtl },
            });

    public async Task DisposeAsync()
    {
        if (_service is not null)
        {
            await _service.DisposeAsync();
        }
    }

    public string NewTenant() => $"T{Interlocked.Increment(ref _tenants):D4}";

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
