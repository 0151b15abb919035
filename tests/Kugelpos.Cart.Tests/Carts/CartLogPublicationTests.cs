using System.Net;
using Kugelpos.Cart.Tests.Support;
using Kugelpos.Contracts;
using Kugelpos.Contracts.PubSub;
using Kugelpos.Contracts.Transactions;
using Kugelpos.Dapr.Outbox;
using Kugelpos.Dapr.Subscriptions;
using Kugelpos.ServiceDefaults;
using Kugelpos.Testing.Subscriptions;
using Microsoft.Extensions.DependencyInjection;

namespace Kugelpos.Cart.Tests.Carts;

/// <summary>
/// A bill's and a cancel's transaction log reach a subscriber of <c>topic-tranlog</c> (pub/sub on a
/// real redis-server) once each, a void's too, and the subscriber confirms each at the cart's delivery-status: a
/// retried bill publishes nothing more.
/// </summary>
public sealed class CartLogPublicationTests : IAsyncLifetime
{
    // A safety net against a hung run, not a wait the test relies on.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);

    private readonly RedisServer _pubsub = new();
    private readonly ReceivedEvents _published = new();
    private CartWithMasterData? _system;
    private ServiceTestHost? _report;

    private CartWithMasterData System => _system ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        await _pubsub.InitializeAsync();
        var pubsub = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["pubsub-tranlog.yaml"] = RedisPubSub.Component(EventChannels.TranlogPubSub, _pubsub),
        };
        _system = new CartWithMasterData(ActorStore.InMemory, TimeProvider.System, pubsub);

        // The subscriber starts first, so its subscription is in place before anything is published.
        _report = await ServiceTestHost.StartAsync(
            builder =>
            {
                builder.AddServiceDefaults("report");
                builder.AddKugelposJwt();
                builder.Services.AddKugelposDeliveryStatusCallback();
                builder.Services.AddSingleton(_published);
            },
            app =>
            {
                app.MapServiceDefaults();
                app.UseKugelposSubscriptions();
                app.MapKugelposSubscription<TransactionLog, RecordingHandler<TransactionLog>>(EventChannels.Tranlog);
            },
            sidecar: new TestSidecar("report") { Resources = pubsub, Cluster = _system.Cluster });
        await _system.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        if (_system is not null)
        {
            await _system.DisposeAsync();
        }

        if (_report is not null)
        {
            await _report.DisposeAsync();
        }

        await _pubsub.DisposeAsync();
    }

    [Fact]
    public async Task A_bill_a_cancel_and_a_void_each_publish_their_log_once_and_a_retried_bill_nothing_more()
    {
        using var patience = new CancellationTokenSource(Patience);
        var pos = await PosDevice.OpenAsync(System, await System.NewShopAsync());
        var first = await PaidCartAsync(pos);
        var billed = await pos.CartAsync(HttpMethod.Post, first, "/bill");
        await pos.CartAsync(HttpMethod.Post, first, "/bill");

        var published = await DeliveryAsync(0, patience.Token);

        // A cancel behind the retried bill: its log is the next to arrive, so the retry published none.
        var second = await pos.CreateCartAsync();
        await pos.CartAsync(HttpMethod.Post, second, "/lineItems", new[] { new { itemCode = "A", quantity = 1 } });
        var cancelled = await pos.CartAsync(HttpMethod.Post, second, "/cancel");
        var next = await DeliveryAsync(1, patience.Token);

        // A void of the sale publishes its own log too.
        var tenant = pos.TerminalId[..pos.TerminalId.IndexOf('-', StringComparison.Ordinal)];
        using var voided = await System.Cart.SendAsync(
            HttpMethod.Post, $"/api/v1/tenants/{tenant}/stores/S01/terminals/1/transactions/{published.TransactionNo}/void",
            new[] { new { paymentCode = "01", amount = 1100 } }, System.Cart.UserToken(tenant));
        Assert.Equal(HttpStatusCode.OK, voided.StatusCode);
        var voidLog = await DeliveryAsync(2, patience.Token);

        Assert.Equal(((int?)billed.GetProperty("transactionNo").GetInt32(), (TransactionType?)TransactionType.NormalSales, false), (published.TransactionNo, published.TransactionType, published.Sales?.IsCancelled ?? false));
        Assert.Equal(1100m, published.Sales?.TotalAmountWithTax);
        Assert.NotEqual(Guid.Empty, published.EventId);
        Assert.Equal(((int?)cancelled.GetProperty("transactionNo").GetInt32(), true), (next.TransactionNo, next.Sales?.IsCancelled ?? false));
        Assert.NotEqual(published.EventId, next.EventId);
        Assert.Equal(((TransactionType?)TransactionType.VoidSales, 1100m), (voidLog.TransactionType, voidLog.Sales?.TotalAmountWithTax));
        Assert.DoesNotContain(voidLog.EventId, new[] { published.EventId, next.EventId });

        // The subscriber confirmed each log at the transaction's delivery-status path of the cart.
        await System.Cart.Logs.WaitForAsync(_ => DeliveryReports() >= 3, Patience);
    }

    // The delivery at arrival position index (from 0), a transaction log, once it came.
    private async Task<TransactionLog> DeliveryAsync(int index, CancellationToken cancellationToken) =>
        Assert.IsType<TransactionLog>((await _published.WhenDeliveredAsync(index + 1, cancellationToken))[index]);

    // How many delivery-status reports the cart has answered 200, by its request log (one line a request).
    private int DeliveryReports() => System.Cart.Logs.Events.Count(e =>
        e.MessageTemplate.Text.StartsWith("HTTP ", StringComparison.Ordinal)
        && e.Properties.TryGetValue("RequestPath", out var path) && path.ToString().EndsWith("/delivery-status\"", StringComparison.Ordinal)
        && e.Properties.TryGetValue("StatusCode", out var status) && status.ToString() == "200");

    private static async Task<string> PaidCartAsync(PosDevice pos)
    {
        var cartId = await pos.CreateCartAsync();
        await pos.CartAsync(HttpMethod.Post, cartId, "/lineItems", new[] { new { itemCode = "A", quantity = 1 } });
        await pos.CartAsync(HttpMethod.Post, cartId, "/subtotal");
        await pos.CartAsync(HttpMethod.Post, cartId, "/payments", new[] { new { paymentCode = "01", amount = 1100 } });
        return cartId;
    }
}
