using System.Net;
using System.Text.Json;
using Kugelpos.Cart.Tests.Support;
using Kugelpos.ServiceDefaults.Responses;

namespace Kugelpos.Cart.Tests.Carts;

/// <summary>
/// The cart's actor store (a real redis-server) goes down in the middle of a sale and comes back:
/// meanwhile every cart call answers a retryable 503 envelope, never a 500, never an empty cart
/// and never an older version of it; once the store is back the sale carries on where it was and
/// is billed. The sidecar's policy for the store opens its breaker at the second consecutive
/// failure for 30 s, on a fake clock that only the test moves, so what answers once the breaker
/// is open cannot have waited on any timeout.
/// </summary>
public sealed class CartStoreOutageTests : IAsyncLifetime
{
    private readonly RedisServer _redis = new();
    private readonly FakeClock _clock = new();
    private CartWithMasterData? _system;

    private CartWithMasterData System => _system ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        await _redis.InitializeAsync();
        _system = new CartWithMasterData(
            ActorStore.OnRedis(_redis),
            _clock,
            new Dictionary<string, string>(StringComparer.Ordinal) { ["resiliency.yaml"] = TwoStrikeBreaker.OnActorStore },
            // The terminal's open log (no pub/sub here) is retried only after the outage, so the relay stays out of the way.
            new Dictionary<string, string?> { ["Kugelpos:Outbox:InitialRetryDelay"] = "00:05:00" });
        await _system.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        if (_system is not null)
        {
            await _system.DisposeAsync();
        }

        await _redis.DisposeAsync();
    }

    [Fact]
    public async Task While_the_actor_store_is_down_a_cart_answers_503_and_afterwards_the_sale_carries_on_where_it_was()
    {
        var pos = await PosDevice.OpenAsync(System, await System.NewShopAsync());
        await System.Cart.Logs.WaitForAsync(IsRelayRun);
        var cartId = await pos.CreateCartAsync();
        await pos.CartAsync(HttpMethod.Post, cartId, "/lineItems", new[] { new { itemCode = "A", quantity = 1 } });
        var last = (await pos.CartAsync(HttpMethod.Post, cartId, "/lineItems", new[] { new { itemCode = "A", quantity = 1 } })).GetRawText();

        await _redis.StopAsync();

        // A change whose save fails answers 503 and the actor keeps nothing of it: the read after it
        // goes to the store (and fails too) instead of answering the line that was not saved.
        await AssertUnavailableAsync(pos, HttpMethod.Post, $"{cartId}/lineItems", new[] { new { itemCode = "B", quantity = 1 } });
        await AssertUnavailableAsync(pos, HttpMethod.Get, cartId);

        // The breaker is open now: the subtotal is answered from it, without touching Redis.
        await AssertUnavailableAsync(pos, HttpMethod.Post, $"{cartId}/subtotal");
        Assert.Contains("circuit breaker is open", System.Cart.Logs.Text, StringComparison.Ordinal);

        // The store is back and the breaker lets a trial call through: the cart is its last answer before the outage.
        await _redis.StartAsync(System.Cluster);
        _clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(last, await pos.ReadBackAsync(cartId));

        var subtotal = await pos.CartAsync(HttpMethod.Post, cartId, "/subtotal");
        var paid = await pos.CartAsync(HttpMethod.Post, cartId, "/payments", new[] { new { paymentCode = "01", amount = 2200 } });
        var billed = await pos.CartAsync(HttpMethod.Post, cartId, "/bill");

        Assert.Equal((2, 2200m), (subtotal.GetProperty("lineItems").GetArrayLength(), subtotal.GetProperty("totalAmountWithTax").GetDecimal()));
        Assert.Equal(0m, paid.GetProperty("balanceAmount").GetDecimal());
        Assert.Equal("Completed", billed.GetProperty("cartStatus").GetString());
        Assert.Equal(1, billed.GetProperty("transactionNo").GetInt32());
        Assert.Equal(billed.GetRawText(), await pos.ReadBackAsync(cartId));
    }

    // The outbox relay's run after the terminal's open: the terminal actor holds its whole state again.
    private static bool IsRelayRun(Serilog.Events.LogEvent e) =>
        e.Properties.TryGetValue("RequestPath", out var path) && path.ToString().Contains("remind/kugelpos-outbox-relay", StringComparison.Ordinal)
        && e.Properties.TryGetValue("StatusCode", out var status) && status.ToString() == "200";

    private static async Task AssertUnavailableAsync(PosDevice pos, HttpMethod method, string path, object? body = null)
    {
        using var response = await pos.Cart.SendAsync(method, $"/api/v1/carts/{path}", body, pos.Token);
        var envelope = await Json.ReadAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{method} {path}: {(int)response.StatusCode} {envelope}");
        Assert.Equal((false, 503, KugelposErrorCodes.ExternalServiceError), (
            envelope.GetProperty("success").GetBoolean(),
            envelope.GetProperty("code").GetInt32(),
            envelope.GetProperty("userError").GetProperty("code").GetString()));
        Assert.Equal(JsonValueKind.Null, envelope.TryGetProperty("data", out var data) ? data.ValueKind : JsonValueKind.Null);
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
    }
}
