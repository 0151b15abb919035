using System.Net;
using System.Text.Json;

namespace Kugelpos.Cart.Tests.Support;

/// <summary>A POS device calling the cart service as its terminal (with the terminal's JWT).</summary>
/// <param name="Cart">The cart service.</param>
/// <param name="TerminalId">The device's terminal.</param>
/// <param name="Token">The bearer token it calls with.</param>
internal sealed record PosDevice(ServiceTestHost Cart, string TerminalId, string Token)
{
    /// <summary>A device of the tenant's shop (<see cref="CartShop"/>) at its terminal 1, opened with Alice signed in.</summary>
    public static async Task<PosDevice> OpenAsync(CartWithMasterData system, string tenant, int terminalNo = 1)
    {
        var terminal = await system.Cart.CreateTerminalAsync(tenant, terminalNo);
        return new PosDevice(system.Cart, terminal, system.Cart.TerminalToken(terminal));
    }

    /// <summary>Sends a request and reads the envelope.</summary>
    public async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpMethod method, string path, object? body = null)
    {
        using var response = await Cart.SendAsync(method, path, body, Token);
        return (response.StatusCode, await Json.ReadAsync(response));
    }

    /// <summary>Creates a cart, asserting it was, and answers its id.</summary>
    public async Task<string> CreateCartAsync()
    {
        var (status, body) = await SendAsync(HttpMethod.Post, "/api/v1/carts", new { });
        Assert.True(status == HttpStatusCode.Created, body.ToString());
        return body.GetProperty("data").GetProperty("cartId").GetString()!;
    }

    /// <summary>Sends a request about the cart, asserting it succeeded, and answers the cart.</summary>
    public async Task<JsonElement> CartAsync(HttpMethod method, string cartId, string rest = "", object? body = null)
    {
        var (status, envelope) = await SendAsync(method, $"/api/v1/carts/{cartId}{rest}", body);
        Assert.True(status == HttpStatusCode.OK, envelope.ToString());
        return envelope.GetProperty("data");
    }

    /// <summary>The cart as it is stored, as its JSON text, to compare before and after a refused request.</summary>
    public async Task<string> ReadBackAsync(string cartId) => (await CartAsync(HttpMethod.Get, cartId)).GetRawText();
}
