using System.Net;
using System.Text.Json;
using Kugelpos.Actors.Contracts.Carts;
using Kugelpos.Actors.Contracts.Transactions;
using Kugelpos.Benchmarks.Sale;
using Kugelpos.Cart.Actors.Transactions;
using Kugelpos.Contracts;
using Kugelpos.Contracts.Transactions;
using Kugelpos.Dapr.Outbox;
using StackExchange.Redis;

namespace Kugelpos.Host.Tests.Sales;

/// <summary>
/// Sales end to end through the host's services and sidecars on a real Redis, as a POS device makes
/// them: each cart lives in Redis database 2 (the cartstore) in daprd's actor-state layout.
/// </summary>
[Collection(EmbeddedSystem.Name)]
public sealed class SaleTests(SaleFixture fixture) : IClassFixture<SaleFixture>
{
    // components/redis/cartstore.yaml: redisDB 2, ttlInSeconds 36000.
    private const int CartDatabase = 2;
    private const double CartTtlSeconds = 36000;

    [Fact]
    public async Task A_sale_leaves_its_cart_in_redis_database_2_under_daprd_s_actor_key_with_a_ten_hour_ttl()
    {
        var device = fixture.Device(1);
        var cartId = await device.CreateCartAsync();
        foreach (var item in StoreSetup.ItemCodes)
        {
            await device.AddItemsAsync(cartId, CartApi.OneItem(item));
        }

        await device.PayCashAsync(cartId, await device.SubtotalAsync(cartId));

        var (stored, ttl) = await StoredCartAsync(cartId);
        using (stored)
        {
            Assert.Equal(cartId, stored.RootElement.GetProperty("cart_id").GetString());
            Assert.Equal("Paying", stored.RootElement.GetProperty("status").GetString());
            Assert.Equal(StoreSetup.ItemCodes, stored.RootElement.GetProperty("line_items").EnumerateArray().Select(l => l.GetProperty("item_code").GetString()));
        }

        Assert.InRange(ttl.TotalSeconds, CartTtlSeconds - 60, CartTtlSeconds + 60);
    }

    [Fact]
    public async Task A_billed_sale_s_transaction_log_reaches_the_subscriber_once()
    {
        var device = fixture.Device(2);
        var first = await SellAsync(device);
        var second = await SellAsync(device);

        var log = await LoggedOnceAsync(2, first, before: second);

        Assert.Equal((StoreSetup.StoreCode, TransactionType.NormalSales, 10), (log.StoreCode, log.TransactionType, log.LineItems.Count));
        Assert.False(log.Sales!.IsCancelled);
        Assert.Single(fixture.Received.Of<TransactionLog>(), l => IsOf(l, 2, second));
    }

    [Fact]
    public async Task A_cancelled_sale_is_stored_cancelled_and_its_cancelled_log_reaches_the_subscriber_once()
    {
        var device = fixture.Device(3);
        var cartId = await device.CreateCartAsync();
        await device.AddItemsAsync(cartId, CartApi.OneItem(StoreSetup.ItemCodes[0]));

        await device.CancelAsync(cartId);

        using var answered = JsonDocument.Parse(await device.GetCartJsonAsync(cartId));
        Assert.Equal("Cancelled", answered.RootElement.GetProperty("cartStatus").GetString());
        var transactionNo = answered.RootElement.GetProperty("transactionNo").GetInt32();
        var (stored, ttl) = await StoredCartAsync(cartId);
        using (stored)
        {
            Assert.Equal("Cancelled", stored.RootElement.GetProperty("status").GetString());
        }

        Assert.InRange(ttl.TotalSeconds, CartTtlSeconds - 60, CartTtlSeconds + 60);

        // A second cancel's log arriving after the first shows no duplicate of the first was on its way.
        var next = await device.CreateCartAsync();
        await device.CancelAsync(next);
        using var nextCart = JsonDocument.Parse(await device.GetCartJsonAsync(next));
        var log = await LoggedOnceAsync(3, transactionNo, before: nextCart.RootElement.GetProperty("transactionNo").GetInt32());
        Assert.True(log.Sales!.IsCancelled);
        Assert.Equal([StoreSetup.ItemCodes[0]], log.LineItems.Select(l => l.ItemCode));
    }

    [Fact]
    public async Task A_voided_sale_is_voided_once_reads_back_voided_and_its_void_log_reaches_the_subscriber_once()
    {
        var device = fixture.Device(4);
        var desk = fixture.Transactions(4);
        var saleNo = await SellAsync(device);
        var sale = await desk.GetAsync(saleNo);
        var paidBack = TransactionDesk.PaymentsOf(sale);

        var (status, body) = await desk.VoidAsync(saleNo, paidBack);
        var (again, againBody) = await desk.VoidAsync(saleNo, paidBack);

        Assert.True(status == HttpStatusCode.OK, body.ToString());
        var voided = body.GetProperty("data");
        Assert.Equal((int)TransactionType.VoidSales, voided.GetProperty("transactionType").GetInt32());
        AssertReversesAmountsOf(sale, voided);
        var voidNo = voided.GetProperty("transactionNo").GetInt32();
        Assert.NotEqual(saleNo, voidNo);
        AssertRefused(again, againBody, "403005");
        Assert.True((await desk.GetAsync(saleNo)).GetProperty("status").GetProperty("isVoided").GetBoolean());

        var log = await LoggedOnceAsync(4, voidNo, before: await SellAsync(device));
        Assert.Equal((TransactionType.VoidSales, saleNo), (log.TransactionType, log.Origin?.TransactionNo));
        Assert.Equal(sale.GetProperty("totalAmountWithTax").GetDecimal(), log.Sales!.TotalAmountWithTax);
        Assert.Single(fixture.Received.Of<TransactionLog>(), l => IsOf(l, 4, saleNo));
    }

    [Fact]
    public async Task A_returned_sale_is_returned_once_reads_back_refunded_and_its_return_log_reaches_the_subscriber_once()
    {
        var device = fixture.Device(5);
        var desk = fixture.Transactions(5);
        var saleNo = await SellAsync(device);
        var sale = await desk.GetAsync(saleNo);
        var paidBack = TransactionDesk.PaymentsOf(sale);

        var (status, body) = await desk.ReturnAsync(saleNo, paidBack);
        var (again, againBody) = await desk.ReturnAsync(saleNo, paidBack);

        Assert.True(status == HttpStatusCode.OK, body.ToString());
        var returned = body.GetProperty("data");
        Assert.Equal((int)TransactionType.ReturnSales, returned.GetProperty("transactionType").GetInt32());
        AssertReversesAmountsOf(sale, returned);
        var returnNo = returned.GetProperty("transactionNo").GetInt32();
        Assert.NotEqual(saleNo, returnNo);
        AssertRefused(again, againBody, "403006");
        var readBack = (await desk.GetAsync(saleNo)).GetProperty("status");
        Assert.Equal((true, false), (readBack.GetProperty("isRefunded").GetBoolean(), readBack.GetProperty("isVoided").GetBoolean()));

        var log = await LoggedOnceAsync(5, returnNo, before: await SellAsync(device));
        Assert.Equal((TransactionType.ReturnSales, saleNo), (log.TransactionType, log.Origin?.TransactionNo));
        Assert.Equal(sale.GetProperty("totalAmountWithTax").GetDecimal(), log.Sales!.TotalAmountWithTax);
        Assert.Single(fixture.Received.Of<TransactionLog>(), l => IsOf(l, 5, saleNo));
    }

    [Fact]
    public async Task A_billed_sale_s_transaction_actor_keeps_its_state_and_unconfirmed_outbox_far_beyond_the_cartstore_s_ten_hours()
    {
        var saleNo = await SellAsync(fixture.Device(6));

        // Journal and stock never confirm here, so the log stays in the outbox.
        var actorId = new TransactionKey(StoreSetup.TenantId, StoreSetup.StoreCode, 6, saleNo).ActorId;
        var (state, stateTtl) = await StoredTransactionActorAsync(actorId, TransactionActor.StateName);
        var (outbox, outboxTtl) = await StoredTransactionActorAsync(actorId, ActorOutbox.StateKey);
        using (state)
        using (outbox)
        {
            var eventId = state.RootElement.GetProperty("recordedEventId").GetGuid();
            Assert.Contains(eventId, outbox.RootElement.EnumerateArray().Select(e => e.GetProperty("event_id").GetGuid()));
        }

        var kept = TransactionActor.StateTtl.TotalSeconds;
        Assert.All([stateTtl, outboxTtl], ttl => Assert.InRange(ttl.TotalSeconds, kept - 3600, kept));
    }

    // As the original: a void or return carries the sale's amounts unchanged and positive (its type
    // is what makes them count against the sale), pays back what was paid, and gives no change.
    private static void AssertReversesAmountsOf(JsonElement sale, JsonElement reversal)
    {
        var total = sale.GetProperty("totalAmountWithTax").GetDecimal();
        Assert.True(total > 0, sale.ToString());
        Assert.Equal(total, reversal.GetProperty("totalAmountWithTax").GetDecimal());
        Assert.Equal(sale.GetProperty("subtotalAmount").GetDecimal(), reversal.GetProperty("subtotalAmount").GetDecimal());
        Assert.Equal(sale.GetProperty("totalQuantity").GetInt32(), reversal.GetProperty("totalQuantity").GetInt32());
        Assert.Equal(0m, reversal.GetProperty("changeAmount").GetDecimal());
        Assert.Equal(
            TransactionDesk.PaymentsOf(sale).Select(p => p.ToString()),
            TransactionDesk.PaymentsOf(reversal).Select(p => p.ToString()));
    }

    // A refusal is the 4xx Kugelpos envelope with the code naming why.
    private static void AssertRefused(HttpStatusCode status, JsonElement body, string code)
    {
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.False(body.GetProperty("success").GetBoolean());
        Assert.Equal(code, body.GetProperty("userError").GetProperty("code").GetString());
    }

    // The log of transactionNo, once the log of a later transaction (published after it) arrived
    // too: a duplicate of it published with or before the later one would have arrived by then.
    private async Task<TransactionLog> LoggedOnceAsync(int terminalNo, int transactionNo, int before)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await fixture.Received.WhenAsync(d => d.OfType<TransactionLog>().Any(l => IsOf(l, terminalNo, before)), timeout.Token);
        await fixture.Received.WhenAsync(d => d.OfType<TransactionLog>().Any(l => IsOf(l, terminalNo, transactionNo)), timeout.Token);
        return Assert.Single(fixture.Received.Of<TransactionLog>(), l => IsOf(l, terminalNo, transactionNo));
    }

    // A whole sale as the benchmark's devices make it; answers the transaction number the bill took.
    private static async Task<int> SellAsync(CartApi device)
    {
        var cartId = await device.CreateCartAsync();
        foreach (var item in StoreSetup.ItemCodes)
        {
            await device.AddItemsAsync(cartId, CartApi.OneItem(item));
        }

        await device.PayCashAsync(cartId, await device.SubtotalAsync(cartId));
        await device.BillAsync(cartId);
        using var cart = JsonDocument.Parse(await device.GetCartJsonAsync(cartId));
        Assert.Equal("Completed", cart.RootElement.GetProperty("cartStatus").GetString());
        return cart.RootElement.GetProperty("transactionNo").GetInt32();
    }

    private static bool IsOf(TransactionLog log, int terminalNo, int transactionNo) =>
        log.TenantId == StoreSetup.TenantId && log.TerminalNo == terminalNo && log.TransactionNo == transactionNo;

    private Task<(JsonDocument Cart, TimeSpan Ttl)> StoredCartAsync(string cartId) =>
        StoredActorStateAsync(CartActorType.Name, cartId, "cart");

    private Task<(JsonDocument Value, TimeSpan Ttl)> StoredTransactionActorAsync(string actorId, string key) =>
        StoredActorStateAsync(TransactionActorType.Name, actorId, key);

    // An actor's state as daprd keeps it in the cartstore (a state.redis store): a hash under
    // {appId}||{actorType}||{actorId}||{key} with the JSON value in "data" and the ETag in "version".
    private async Task<(JsonDocument Value, TimeSpan Ttl)> StoredActorStateAsync(string actorType, string actorId, string stateKey)
    {
        var database = fixture.Redis.Connection.GetDatabase(CartDatabase);
        var key = (RedisKey)$"cart||{actorType}||{actorId}||{stateKey}";
        var fields = await database.HashGetAllAsync(key);
        var ttl = await database.KeyTimeToLiveAsync(key);

        Assert.Equal(["data", "version"], fields.Select(f => f.Name.ToString()).Order());
        Assert.NotNull(ttl);
        return (JsonDocument.Parse(fields.Single(f => f.Name == "data").Value.ToString()), ttl.Value);
    }
}
