using System.Net;
using System.Text.Json;
using Kugelpos.Cart.Tests.Support;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;

namespace Kugelpos.Cart.Tests.Cache;

/// <summary><c>GET /api/v1/cache/terminal/status</c> and <c>DELETE /api/v1/cache/terminal</c> over the cart's terminal-key cache.</summary>
public sealed class TerminalCacheEndpointTests : IAsyncLifetime
{
    private const string StatusPath = "/api/v1/cache/terminal/status";
    private const string ClearPath = "/api/v1/cache/terminal";

    private readonly KnownTerminals _terminals = new();
    private ServiceTestHost _cart = null!;

    public async Task InitializeAsync() => _cart = await CartWithTerminals.StartAsync(_terminals);

    public async Task DisposeAsync() => await _cart.DisposeAsync();

    [Fact]
    public async Task Status_shows_the_tenants_verified_terminals_and_counts_every_entry_in_the_total()
    {
        await CallAsync("T1000-S01-2", _terminals.Add("T1000-S01-2"));
        await CallAsync("T1000-S01-1", _terminals.Add("T1000-S01-1"));
        await CallAsync("T2000-S01-1", _terminals.Add("T2000-S01-1"));
        await CallAsync("T1000-S01-3", TerminalApiKey.Generate(), HttpStatusCode.Unauthorized);

        var (status, body) = await SendAsync(HttpMethod.Get, StatusPath, _cart.UserToken("T1000"));
        var data = body.GetProperty("data");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(body.GetProperty("success").GetBoolean());
        Assert.Equal("get_cache_status", body.GetProperty("operation").GetString());
        Assert.Equal("terminal_info", data.GetProperty("cache_type").GetString());
        Assert.Equal("T1000", data.GetProperty("tenant_id").GetString());
        Assert.Equal(2, data.GetProperty("tenant_cache_size").GetInt32());
        Assert.Equal(4, data.GetProperty("total_cache_size").GetInt32());
        Assert.Equal(["T1000-S01-1", "T1000-S01-2"], data.GetProperty("cached_terminal_ids").EnumerateArray().Select(e => e.GetString()!));
        Assert.Equal("active", data.GetProperty("status").GetString());
    }

    [Fact]
    public async Task An_empty_cache_has_no_terminals_and_clearing_it_clears_nothing()
    {
        var (_, status) = await SendAsync(HttpMethod.Get, StatusPath, _cart.UserToken("T1000"));
        var (cleared, body) = await SendAsync(HttpMethod.Delete, ClearPath, _cart.UserToken("T1000"));

        Assert.Equal(0, status.GetProperty("data").GetProperty("tenant_cache_size").GetInt32());
        Assert.Equal(0, status.GetProperty("data").GetProperty("total_cache_size").GetInt32());
        Assert.Empty(status.GetProperty("data").GetProperty("cached_terminal_ids").EnumerateArray());
        Assert.Equal(HttpStatusCode.OK, cleared);
        Assert.Equal(0, body.GetProperty("data").GetProperty("items_cleared").GetInt32());
    }

    [Fact]
    public async Task Clearing_forgets_only_the_callers_tenant_whose_terminals_are_then_checked_again()
    {
        var key = _terminals.Add("T1000-S01-1");
        var otherKey = _terminals.Add("T2000-S01-1");
        await CallAsync("T1000-S01-1", key);
        await CallAsync("T2000-S01-1", otherKey);

        var (status, body) = await SendAsync(HttpMethod.Delete, ClearPath, _cart.UserToken("T1000"));
        var askedBefore = _terminals.Asked;
        await CallAsync("T1000-S01-1", key);
        await CallAsync("T2000-S01-1", otherKey);
        var (_, other) = await SendAsync(HttpMethod.Get, StatusPath, _cart.UserToken("T2000"));
        var data = body.GetProperty("data");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("clear_cache", body.GetProperty("operation").GetString());
        Assert.Equal("Terminal cache cleared successfully for tenant T1000", data.GetProperty("message").GetString());
        Assert.Equal("terminal_info", data.GetProperty("cache_type").GetString());
        Assert.Equal("T1000", data.GetProperty("tenant_id").GetString());
        Assert.Equal(1, data.GetProperty("items_cleared").GetInt32());
        Assert.Equal(askedBefore + 1, _terminals.Asked);
        Assert.Equal(1, other.GetProperty("data").GetProperty("tenant_cache_size").GetInt32());
    }

    [Fact]
    public async Task An_expired_entry_is_no_longer_shown()
    {
        await CallAsync("T1000-S01-1", _terminals.Add("T1000-S01-1"));
        _cart.Time.Advance(new TerminalKeyCacheOptions().CacheDuration + TimeSpan.FromSeconds(1));

        var (_, body) = await SendAsync(HttpMethod.Get, StatusPath, _cart.UserToken("T1000"));

        Assert.Equal(0, body.GetProperty("data").GetProperty("tenant_cache_size").GetInt32());
    }

    [Theory]
    [InlineData("GET", StatusPath)]
    [InlineData("DELETE", ClearPath)]
    public async Task Only_a_user_of_the_tenant_may_see_or_clear_the_cache(string method, string path)
    {
        var key = _terminals.Add("T1000-S01-1");
        await CallAsync("T1000-S01-1", key);
        var verb = new HttpMethod(method);

        var (none, noneBody) = await SendAsync(verb, path, bearer: null);
        var (byKey, byKeyBody) = await SendAsync(verb, path + "?terminal_id=T1000-S01-1", bearer: null, new Dictionary<string, string> { [TerminalKeyAuthentication.HeaderName] = key });
        var (terminal, terminalBody) = await SendAsync(verb, path, _cart.TerminalToken("T1000-S01-1"));
        var (service, _) = await SendAsync(verb, path, _cart.ServiceToken("T1000"));
        var (forged, _) = await SendAsync(verb, path, "not-a-jwt");
        var (_, status) = await SendAsync(HttpMethod.Get, StatusPath, _cart.UserToken("T1000"));

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (none, byKey, forged));
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (terminal, service));
        Assert.Equal(KugelposErrorCodes.AuthenticationError, noneBody.GetProperty("userError").GetProperty("code").GetString());
        Assert.Equal(KugelposErrorCodes.AuthenticationError, byKeyBody.GetProperty("userError").GetProperty("code").GetString());
        Assert.Equal(KugelposErrorCodes.AuthorizationError, terminalBody.GetProperty("userError").GetProperty("code").GetString());
        Assert.Equal(1, status.GetProperty("data").GetProperty("tenant_cache_size").GetInt32());
    }

    private async Task CallAsync(string terminalId, string apiKey, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await _cart.CallWithKeyAsync(terminalId, apiKey);
        Assert.Equal(expected, response.StatusCode);
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(
        HttpMethod method, string path, string? bearer, IReadOnlyDictionary<string, string>? headers = null)
    {
        using var response = await _cart.SendAsync(method, path, bearer: bearer, headers: headers);
        return (response.StatusCode, await Json.ReadAsync(response));
    }
}
