using System.Net;
using Kugelpos.Cart.Tests.Support;
using Kugelpos.Dapr.TerminalKeys;
using Kugelpos.ServiceDefaults.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Kugelpos.Cart.Tests.Cache;

/// <summary>A POS device proves itself to the cart with its API key or a terminal JWT, through the platform's scheme.</summary>
public sealed class TerminalIdentityTests
{
    [Fact]
    public async Task The_cart_checks_an_api_key_with_the_terminal_service()
    {
        await using var cart = await CartTestService.StartAsync();

        using var scope = cart.Services.CreateScope();

        Assert.IsType<TerminalServiceKeyVerifier>(scope.ServiceProvider.GetRequiredService<ITerminalKeyVerifier>());
    }

    [Fact]
    public async Task A_device_calls_with_its_api_key_or_its_terminal_jwt_and_is_the_same_terminal_either_way()
    {
        var terminals = new KnownTerminals();
        var key = terminals.Add("T1000-S01-1");
        await using var cart = await CartWithTerminals.StartAsync(terminals);

        using var byKey = await cart.CallWithKeyAsync("T1000-S01-1", key);
        using var byJwt = await cart.SendAsync(HttpMethod.Get, "/api/v1/tenants/T1000/caller", bearer: cart.TerminalToken("T1000-S01-1"));
        using var wrongKey = await cart.CallWithKeyAsync("T1000-S01-1", TerminalApiKey.Generate());
        using var otherTenant = await cart.SendAsync(HttpMethod.Get, "/api/v1/tenants/T2000/caller", bearer: cart.TerminalToken("T1000-S01-1"));
        var keyCaller = (await Json.ReadAsync(byKey)).GetProperty("data");
        var jwtCaller = (await Json.ReadAsync(byJwt)).GetProperty("data");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (byKey.StatusCode, byJwt.StatusCode));
        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden), (wrongKey.StatusCode, otherTenant.StatusCode));
        Assert.True(keyCaller.GetProperty("byApiKey").GetBoolean());
        Assert.False(jwtCaller.GetProperty("byApiKey").GetBoolean());
        Assert.Equal("T1000-S01-1", keyCaller.GetProperty("terminal").GetProperty("terminalId").GetString());
        Assert.Equal(keyCaller.GetProperty("terminal").ToString(), jwtCaller.GetProperty("terminal").ToString());
        Assert.DoesNotContain(key, cart.Logs.Text, StringComparison.Ordinal);
    }
}
