using System.Net;
using Kugelpos.Cart.Tests.Support;

namespace Kugelpos.Cart.Tests.Carts;

/// <summary><c>POST /api/v1/tenants</c> of the cart service.</summary>
public sealed class TenantEndpointTests(CartWithMasterData system) : IClassFixture<CartWithMasterData>
{
    [Fact]
    public async Task A_user_prepares_its_own_tenant_and_may_repeat_it()
    {
        var user = system.Cart.UserToken("T7001");

        using var first = await system.Cart.SendAsync(HttpMethod.Post, "/api/v1/tenants", new { tenantId = "T7001" }, user);
        using var again = await system.Cart.SendAsync(HttpMethod.Post, "/api/v1/tenants", new { tenant_id = "T7001" }, user);
        var body = await Json.ReadAsync(first);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, again.StatusCode));
        Assert.Equal("T7001", body.GetProperty("data").GetProperty("tenantId").GetString());
        Assert.Equal(("create_tenant", "Creating tenant has completed: T7001"), (body.GetProperty("operation").GetString(), body.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task Another_tenant_than_the_tokens_is_a_400_naming_tenant_id()
    {
        using var response = await system.Cart.SendAsync(HttpMethod.Post, "/api/v1/tenants", new { tenantId = "T7002" }, system.Cart.UserToken("T7003"));
        var body = await Json.ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["tenantId"], Json.ErrorFields(body));
    }

    [Fact]
    public async Task A_terminal_cannot_prepare_a_tenant()
    {
        using var response = await system.Cart.SendAsync(HttpMethod.Post, "/api/v1/tenants", new { tenantId = "T7004" }, system.Cart.TerminalToken("T7004-S01-1"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
