using System.Text.Json;
using Kugelpos.Actors.Contracts.Carts;
using Kugelpos.Benchmarks.Sale;
using Kugelpos.Contracts;
using Kugelpos.Contracts.Transactions;
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
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        // Both logs arrived; a duplicate of the first published with or before the second would have too.
        await fixture.Received.WhenAsync(d => d.OfType<TransactionLog>().Any(l => IsOf(l, 2, second)), timeout.Token);
        await fixture.Received.WhenAsync(d => d.OfType<TransactionLog>().Any(l => IsOf(l, 2, first)), timeout.Token);

        var log = Assert.Single(fixture.Received.Of<TransactionLog>(), l => IsOf(l, 2, first));
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
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var nextNo = nextCart.RootElement.GetProperty("transactionNo").GetInt32();
        await fixture.Received.WhenAsync(d => d.OfType<TransactionLog>().Any(l => IsOf(l, 3, nextNo)), timeout.Token);
        await fixture.Received.WhenAsync(d => d.OfType<TransactionLog>().Any(l => IsOf(l, 3, transactionNo)), timeout.Token);
        var log = Assert.Single(fixture.Received.Of<TransactionLog>(), l => IsOf(l, 3, transactionNo));
        Assert.True(log.Sales!.IsCancelled);
        Assert.Equal([StoreSetup.ItemCodes[0]], log.LineItems.Select(l => l.ItemCode));
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

    // The cart as daprd keeps an actor's state in a state.redis store: a hash under
    // {appId}||{actorType}||{actorId}||{key} with the JSON value in "data" and the ETag in "version".
    private async Task<(JsonDocument Cart, TimeSpan Ttl)> StoredCartAsync(string cartId)
    {
        var database = fixture.Redis.Connection.GetDatabase(CartDatabase);
        var key = (RedisKey)$"cart||{CartActorType.Name}||{cartId}||cart";
        var fields = await database.HashGetAllAsync(key);
        var ttl = await database.KeyTimeToLiveAsync(key);

        Assert.Equal(["data", "version"], fields.Select(f => f.Name.ToString()).Order());
        Assert.NotNull(ttl);
        return (JsonDocument.Parse(fields.Single(f => f.Name == "data").Value.ToString()), ttl.Value);
    }
}
