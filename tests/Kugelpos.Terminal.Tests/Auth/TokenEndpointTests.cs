using System.IdentityModel.Tokens.Jwt;
using System.Net;
using Kugelpos.ServiceDefaults.Security;
using Kugelpos.Terminal.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Kugelpos.Terminal.Tests.Auth;

public sealed class TokenEndpointTests(TerminalSystem system) : IClassFixture<TerminalSystem>
{
    [Fact]
    public async Task A_key_is_exchanged_for_a_day_long_terminal_token_with_the_originals_claims()
    {
        var tenant = system.NewTenant();
        var (terminalId, apiKey) = await system.CreateTerminalAsync(tenant);
        await system.OperateAsync(terminalId, "sign-in", system.UserToken(tenant), new { staffId = "S001" });
        await system.OperateAsync(terminalId, "open", system.UserToken(tenant));

        using var response = await ExchangeAsync(terminalId, apiKey);
        var body = await Json.ReadAsync(response);
        var data = body.GetProperty("data");
        var token = new JwtSecurityTokenHandler().ReadJwtToken(data.GetProperty("access_token").GetString());
        string Claim(string type) => token.Claims.Single(c => c.Type == type).Value;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("bearer", data.GetProperty("token_type").GetString());
        Assert.Equal(86400, data.GetProperty("expires_in").GetInt32());
        Assert.Equal("terminal:" + terminalId, token.Subject);
        Assert.Equal(tenant, Claim("tenant_id"));
        Assert.Equal("S01", Claim("store_code"));
        Assert.Equal("1", Claim("terminal_no"));
        Assert.Equal(terminalId, Claim("terminal_id"));
        Assert.Equal("Opened", Claim("status"));
        Assert.Equal(ServiceTestHost.Start.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture), Claim("business_date"));
        Assert.Equal("1", Claim("open_counter"));
        Assert.Equal("S001", Claim("staff_id"));
        Assert.Equal("Alice", Claim("staff_name"));
        Assert.Equal("terminal", Claim("token_type"));
        Assert.Equal(ServiceTestHost.Start.AddHours(24).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), Claim("exp"));
    }

    [Fact]
    public async Task A_wrong_key_an_unknown_terminal_and_another_tenants_terminal_get_the_same_401()
    {
        var tenant = system.NewTenant();
        var (terminalId, apiKey) = await system.CreateTerminalAsync(tenant);
        var (otherTerminal, _) = await system.CreateTerminalAsync(system.NewTenant());

        var answers = new List<string>();
        foreach (var (id, key) in new[] { (terminalId, TerminalApiKey.Generate()), ($"{tenant}-S01-99", apiKey), (otherTerminal, apiKey), ("not-a-terminal", apiKey) })
        {
            using var response = await ExchangeAsync(id, key);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            answers.Add((await Json.ReadAsync(response)).GetProperty("message").GetString()!);
        }

        Assert.Single(answers.Distinct());
    }

    [Fact]
    public async Task Without_a_key_or_a_terminal_id_there_is_no_token()
    {
        var tenant = system.NewTenant();
        var (terminalId, apiKey) = await system.CreateTerminalAsync(tenant);

        using var noKey = await system.SendAsync(HttpMethod.Post, $"/api/v1/auth/token?terminal_id={terminalId}", null);
        using var noId = await system.SendAsync(HttpMethod.Post, "/api/v1/auth/token", null, headers: new Dictionary<string, string> { ["X-API-KEY"] = apiKey });

        Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, noId.StatusCode);
    }

    [Fact]
    public async Task An_expired_or_forged_terminal_token_is_refused()
    {
        var tenant = system.NewTenant();
        var (terminalId, apiKey) = await system.CreateTerminalAsync(tenant);
        var token = await system.TerminalTokenAsync(terminalId, apiKey);
        var forged = token[..^4] + (token[^4..] == "AAAA" ? "BBBB" : "AAAA");

        // Issued by the service's own issuer 25 hours ago: signed right, expired an hour since.
        var yesterday = new FakeTimeProvider(system.Service.Time.GetUtcNow().AddHours(-25));
        var issuer = new KugelposTokenIssuer(system.Service.Services.GetRequiredService<IOptions<KugelposJwtOptions>>(), yesterday);
        var expired = issuer.IssueTerminalToken(new TerminalTokenClaims { TenantId = tenant, StoreCode = "S01", TerminalNo = 1, TerminalId = terminalId, Status = "Idle" });

        using var forgedCall = await system.SendAsync(HttpMethod.Get, $"/api/v1/terminals/{terminalId}", forged);
        using var expiredCall = await system.SendAsync(HttpMethod.Get, $"/api/v1/terminals/{terminalId}", expired);

        Assert.Equal(HttpStatusCode.Unauthorized, forgedCall.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, expiredCall.StatusCode);
    }

    [Fact]
    public async Task The_key_never_reaches_the_logs()
    {
        var tenant = system.NewTenant();
        var (terminalId, apiKey) = await system.CreateTerminalAsync(tenant);

        await system.TerminalTokenAsync(terminalId, apiKey);
        using var byKey = await system.SendAsync(HttpMethod.Get, $"/api/v1/terminals/{terminalId}", null, headers: new Dictionary<string, string> { ["X-API-KEY"] = apiKey });

        Assert.Equal(HttpStatusCode.OK, byKey.StatusCode);
        Assert.DoesNotContain(apiKey, system.Service.Logs.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(TerminalApiKey.LookupHash(apiKey), system.Service.Logs.Text, StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> ExchangeAsync(string terminalId, string apiKey) =>
        system.SendAsync(HttpMethod.Post, $"/api/v1/auth/token?terminal_id={terminalId}", null, headers: new Dictionary<string, string> { ["X-API-KEY"] = apiKey });
}
