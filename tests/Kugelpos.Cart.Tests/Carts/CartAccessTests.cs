using System.Net;
using System.Text.Json;
using Kugelpos.Cart.Tests.Support;
using Kugelpos.ServiceDefaults.Security;

namespace Kugelpos.Cart.Tests.Carts;

/// <summary>Who may use carts, and at which terminal a cart may be created.</summary>
public sealed class CartAccessTests(CartWithMasterData system) : IClassFixture<CartWithMasterData>
{
    private ServiceTestHost Cart => system.Cart;

    private static string Code(JsonElement envelope) => envelope.GetProperty("userError").GetProperty("code").GetString()!;

    private async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(
        HttpMethod method, string path, object? body = null, string? bearer = null, Dictionary<string, string>? headers = null)
    {
        using var response = await Cart.SendAsync(method, path, body, bearer, headers);
        return (response.StatusCode, await Json.ReadAsync(response));
    }

    [Fact]
    public async Task A_pos_device_uses_its_carts_with_its_api_key()
    {
        var tenant = await system.NewShopAsync();
        var terminal = await Cart.CreateTerminalAsync(tenant);
        var key = new Dictionary<string, string> { [TerminalKeyAuthentication.HeaderName] = system.Terminals.Add(terminal) };

        var (created, body) = await SendAsync(HttpMethod.Post, $"/api/v1/carts?terminal_id={terminal}", new { }, headers: key);
        var cartId = body.GetProperty("data").GetProperty("cartId").GetString();
        var (added, cart) = await SendAsync(HttpMethod.Post, $"/api/v1/carts/{cartId}/lineItems?terminal_id={terminal}", new[] { new { itemCode = "A", quantity = 1 } }, headers: key);

        Assert.Equal(HttpStatusCode.Created, created);
        Assert.Equal(HttpStatusCode.OK, added);
        Assert.Equal("add_items", cart.GetProperty("operation").GetString());
    }

    [Fact]
    public async Task A_user_of_the_tenant_acts_for_the_terminal_named_by_terminal_id()
    {
        var tenant = await system.NewShopAsync();
        var terminal = await Cart.CreateTerminalAsync(tenant);
        var user = Cart.UserToken(tenant);

        var (created, body) = await SendAsync(HttpMethod.Post, $"/api/v1/carts?terminal_id={terminal}", new { }, user);
        var cartId = body.GetProperty("data").GetProperty("cartId").GetString();
        var (read, _) = await SendAsync(HttpMethod.Get, $"/api/v1/carts/{cartId}?terminal_id={terminal}", bearer: user);
        var (without, withoutBody) = await SendAsync(HttpMethod.Get, $"/api/v1/carts/{cartId}", bearer: user);
        var (foreign, foreignBody) = await SendAsync(HttpMethod.Post, $"/api/v1/carts?terminal_id=X9999-S01-1", new { }, user);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK), (created, read));
        Assert.Equal((HttpStatusCode.BadRequest, "terminal_id"), (without, Json.ErrorFields(withoutBody).Single()));
        Assert.Equal((HttpStatusCode.BadRequest, "terminal_id"), (foreign, Json.ErrorFields(foreignBody).Single()));
    }

    [Fact]
    public async Task A_service_token_or_no_credentials_cannot_use_carts()
    {
        var tenant = await system.NewShopAsync();
        var terminal = await Cart.CreateTerminalAsync(tenant);

        var (service, _) = await SendAsync(HttpMethod.Post, $"/api/v1/carts?terminal_id={terminal}", new { }, Cart.ServiceToken(tenant));
        var (anonymous, _) = await SendAsync(HttpMethod.Post, $"/api/v1/carts?terminal_id={terminal}", new { });

        Assert.Equal(HttpStatusCode.Forbidden, service);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous);
    }

    [Fact]
    public async Task A_cart_is_created_only_at_an_opened_terminal_with_staff_signed_in()
    {
        var tenant = await system.NewShopAsync();
        var closed = await Cart.CreateTerminalAsync(tenant, terminalNo: 1, open: false);
        var signedOut = await Cart.CreateTerminalAsync(tenant, terminalNo: 2);
        Assert.Null((await Cart.Terminal(signedOut).SignOutAsync()).Refusal);

        var (closedStatus, closedBody) = await SendAsync(HttpMethod.Post, "/api/v1/carts", new { }, Cart.TerminalToken(closed));
        var (signedOutStatus, signedOutBody) = await SendAsync(HttpMethod.Post, "/api/v1/carts", new { }, Cart.TerminalToken(signedOut));
        var (unknownStatus, unknownBody) = await SendAsync(HttpMethod.Post, "/api/v1/carts", new { }, Cart.TerminalToken($"{tenant}-S01-9"));

        Assert.Equal((HttpStatusCode.BadRequest, "404001", "status"), (closedStatus, Code(closedBody), Json.ErrorFields(closedBody).Single()));
        Assert.Equal((HttpStatusCode.BadRequest, "404002", "staff"), (signedOutStatus, Code(signedOutBody), Json.ErrorFields(signedOutBody).Single()));
        Assert.Equal((HttpStatusCode.BadRequest, "404001", "terminal_id"), (unknownStatus, Code(unknownBody), Json.ErrorFields(unknownBody).Single()));
    }

    [Fact]
    public async Task A_cart_is_a_normal_sale()
    {
        var tenant = await system.NewShopAsync();
        var terminal = await Cart.CreateTerminalAsync(tenant);

        var (status, body) = await SendAsync(HttpMethod.Post, "/api/v1/carts", new { transactionType = 102 }, Cart.TerminalToken(terminal));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal(["transactionType"], Json.ErrorFields(body));
    }
}
