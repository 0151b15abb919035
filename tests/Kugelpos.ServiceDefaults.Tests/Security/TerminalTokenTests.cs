using System.Net;
using System.Text.Json;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Kugelpos.ServiceDefaults.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Kugelpos.ServiceDefaults.Tests.Security;

/// <summary>Terminal JWTs next to user and service tokens: who passes the Tenant and User policies, and as whom.</summary>
public class TerminalTokenTests
{
    private static readonly string Key = TerminalApiKey.Generate();

    private static readonly TerminalTokenClaims Terminal = new()
    {
        TenantId = "A1234", StoreCode = "S1", TerminalNo = 3, TerminalId = "A1234-S1-3", Status = "Opened",
        BusinessDate = "20260101", OpenCounter = 1, BusinessCounter = 4, StaffId = "STF01", StaffName = "Alice",
    };

    private readonly FakeTerminalKeyVerifier _verifier = new FakeTerminalKeyVerifier().Add(Terminal, Key);

    [Fact]
    public async Task A_terminal_token_and_the_terminals_api_key_give_handlers_the_same_terminal_caller()
    {
        await using var test = await StartAsync();

        using var byToken = await SendAsync(test, "/api/v1/tenants/A1234/caller", bearer: Issuer(test).IssueTerminalToken(Terminal));
        using var byKey = await SendAsync(test, "/api/v1/tenants/A1234/caller?terminal_id=A1234-S1-3", apiKey: Key);
        var tokenCaller = (await Json.ReadAsync(byToken)).GetProperty("data");
        var keyCaller = (await Json.ReadAsync(byKey)).GetProperty("data");

        Assert.Equal(HttpStatusCode.OK, byToken.StatusCode);
        Assert.True(tokenCaller.GetProperty("isTerminal").GetBoolean());
        Assert.False(tokenCaller.GetProperty("byApiKey").GetBoolean());
        Assert.Equal("terminal:A1234-S1-3", tokenCaller.GetProperty("subject").GetString());
        Assert.Equal(Terminal, tokenCaller.GetProperty("terminal").Deserialize<TerminalTokenClaims>(KugelposJson.Options));
        Assert.Equal(tokenCaller.GetProperty("terminal").ToString(), keyCaller.GetProperty("terminal").ToString());
    }

    [Fact]
    public async Task A_terminal_token_made_as_the_original_makes_it_is_a_terminal_caller()
    {
        await using var test = await StartAsync();
        var now = test.Time.GetUtcNow().UtcDateTime;
        var token = TestTokens.Create(
            TestTokens.Secret,
            new Dictionary<string, object>
            {
                ["sub"] = "terminal:A1234-S1-3", ["tenant_id"] = "A1234", ["store_code"] = "S1", ["terminal_no"] = 3,
                ["terminal_id"] = "A1234-S1-3", ["status"] = "Idle", ["token_type"] = "terminal", ["iss"] = "terminal-service",
            },
            expires: now.AddHours(24),
            issuedAt: now);

        using var response = await SendAsync(test, "/api/v1/tenants/A1234/caller", bearer: token);
        var terminal = (await Json.ReadAsync(response)).GetProperty("data").GetProperty("terminal");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, terminal.GetProperty("terminalNo").GetInt32());
        Assert.Equal(JsonValueKind.Null, terminal.GetProperty("staffId").ValueKind);
    }

    [Fact]
    public async Task The_user_policy_refuses_a_terminal_token_and_a_service_token_with_a_403_and_takes_a_users()
    {
        await using var test = await StartAsync();

        using var terminal = await SendAsync(test, "/api/v1/tenants/A1234/items", bearer: Issuer(test).IssueTerminalToken(Terminal), method: HttpMethod.Post);
        using var service = await SendAsync(test, "/api/v1/tenants/A1234/items", bearer: Issuer(test).IssueServiceToken("cart", "A1234"), method: HttpMethod.Post);
        using var user = await SendAsync(test, "/api/v1/tenants/A1234/items", bearer: Issuer(test).Issue("admin", "A1234", isSuperuser: true), method: HttpMethod.Post);

        Assert.Equal(HttpStatusCode.Forbidden, terminal.StatusCode);
        Assert.Equal(KugelposErrorCodes.AuthorizationError, (await Json.ReadAsync(terminal)).GetProperty("userError").GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, service.StatusCode);
        Assert.Equal(HttpStatusCode.OK, user.StatusCode);
        Assert.True((await Json.ReadAsync(user)).GetProperty("data").GetProperty("isUser").GetBoolean());
    }

    [Fact]
    public async Task The_tenant_policy_takes_a_service_token_as_a_service_caller()
    {
        await using var test = await StartAsync();

        using var response = await SendAsync(test, "/api/v1/tenants/A1234/caller", bearer: Issuer(test).IssueServiceToken("cart", "A1234"));
        var caller = (await Json.ReadAsync(response)).GetProperty("data");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(caller.GetProperty("isService").GetBoolean());
        Assert.False(caller.GetProperty("isTerminal").GetBoolean());
        Assert.False(caller.GetProperty("isUser").GetBoolean());
    }

    [Fact]
    public async Task A_forged_terminal_token_is_refused_even_beside_a_valid_api_key()
    {
        await using var test = await StartAsync();
        var now = test.Time.GetUtcNow().UtcDateTime;
        var forged = TestTokens.Create(
            "another-secret-that-is-also-long-enough-to-sign",
            new Dictionary<string, object>
            {
                ["sub"] = "terminal:A1234-S1-3", ["tenant_id"] = "A1234", ["store_code"] = "S1", ["terminal_no"] = 3,
                ["terminal_id"] = "A1234-S1-3", ["status"] = "Opened", ["token_type"] = "terminal",
            },
            expires: now.AddHours(24),
            issuedAt: now);

        using var response = await SendAsync(test, "/api/v1/tenants/A1234/caller?terminal_id=A1234-S1-3", apiKey: Key, bearer: forged);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(KugelposErrorCodes.AuthenticationError, (await Json.ReadAsync(response)).GetProperty("userError").GetProperty("code").GetString());
        Assert.Equal(0, _verifier.Calls);
    }

    [Fact]
    public async Task A_terminal_token_expires_after_its_24_hours()
    {
        await using var test = await StartAsync();
        var token = Issuer(test).IssueTerminalToken(Terminal);

        test.Time.Advance(TimeSpan.FromHours(24) - TimeSpan.FromSeconds(1));
        using var justBefore = await SendAsync(test, "/api/v1/tenants/A1234/caller", bearer: token);
        test.Time.Advance(TimeSpan.FromSeconds(2));
        using var justAfter = await SendAsync(test, "/api/v1/tenants/A1234/caller", bearer: token);

        Assert.Equal(HttpStatusCode.OK, justBefore.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, justAfter.StatusCode);
        Assert.Equal(401, (await Json.ReadAsync(justAfter)).GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task A_terminal_token_of_another_tenant_is_refused_on_this_tenants_data()
    {
        await using var test = await StartAsync();

        using var response = await SendAsync(test, "/api/v1/tenants/B5678/caller", bearer: Issuer(test).IssueTerminalToken(Terminal));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_signed_terminal_token_without_its_terminal_claims_is_refused()
    {
        await using var test = await StartAsync();
        var now = test.Time.GetUtcNow().UtcDateTime;
        var token = TestTokens.Create(
            TestTokens.Secret,
            new Dictionary<string, object> { ["sub"] = "terminal:A1234-S1-3", ["tenant_id"] = "A1234", ["token_type"] = "terminal" },
            expires: now.AddHours(24),
            issuedAt: now);

        using var response = await SendAsync(test, "/api/v1/tenants/A1234/caller", bearer: token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static KugelposTokenIssuer Issuer(TestApp test) => test.App.Services.GetRequiredService<KugelposTokenIssuer>();

    private Task<TestApp> StartAsync() => TerminalCallerApp.StartAsync(_verifier);

    private static Task<HttpResponseMessage> SendAsync(
        TestApp test, string path, string? apiKey = null, string? bearer = null, HttpMethod? method = null) =>
        TerminalCallerApp.SendAsync(test, path, apiKey, bearer, method);
}
