using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Text.Json;
using Kugelpos.Terminal.Tests.Support;

namespace Kugelpos.Terminal.Tests.Terminals;

public sealed class TerminalLifecycleEndpointTests(TerminalSystem system) : IClassFixture<TerminalSystem>
{
    [Fact]
    public async Task A_day_at_the_till_signs_in_opens_moves_cash_and_closes_with_a_fresh_token_each_step()
    {
        var tenant = system.NewTenant();
        var (terminalId, apiKey) = await system.CreateTerminalAsync(tenant);
        var token = await system.TerminalTokenAsync(terminalId, apiKey);

        var signedIn = await system.OperateAsync(terminalId, "sign-in", token, new { staffId = "S001" });
        var opened = await system.OperateAsync(terminalId, "open", token, new { initialAmount = 30000 });
        var cashIn = await system.OperateAsync(terminalId, "cash-in", token, new { amount = 1000, description = "Change" });
        var cashOut = await system.OperateAsync(terminalId, "cash-out", token, new { amount = 500 });
        var closed = await system.OperateAsync(terminalId, "close", token, new { physicalAmount = 30500 });

        Assert.Equal("S001", signedIn.GetProperty("data").GetProperty("staff").GetProperty("staffId").GetString());
        Assert.Equal("Alice", signedIn.GetProperty("data").GetProperty("staff").GetProperty("staffName").GetString());
        Assert.Equal("terminal_signin", signedIn.GetProperty("operation").GetString());
        Assert.Equal(1, opened.GetProperty("data").GetProperty("openCounter").GetInt32());
        Assert.Equal("Opened", opened.GetProperty("data").GetProperty("terminalInfo").GetProperty("status").GetString());
        Assert.Equal(1000m, cashIn.GetProperty("data").GetProperty("amount").GetDecimal());
        Assert.Equal(-500m, cashOut.GetProperty("data").GetProperty("amount").GetDecimal());
        Assert.Equal("Cash Out (Default)", cashOut.GetProperty("data").GetProperty("description").GetString());
        Assert.Equal(30500m, closed.GetProperty("data").GetProperty("physicalAmount").GetDecimal());
        Assert.Equal("Closed", (await system.ListedAsync(tenant, terminalId)).GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("sign-in")]
    [InlineData("sign-out")]
    [InlineData("open")]
    [InlineData("close")]
    public async Task Sign_in_sign_out_open_and_close_answer_a_terminal_token_of_the_new_state(string operation)
    {
        var tenant = system.NewTenant();
        var (terminalId, apiKey) = await system.CreateTerminalAsync(tenant);
        var token = await system.TerminalTokenAsync(terminalId, apiKey);
        if (operation == "close")
        {
            await system.OperateAsync(terminalId, "open", token);
        }

        if (operation == "sign-out")
        {
            await system.OperateAsync(terminalId, "sign-in", token, new { staffId = "S001" });
        }

        using var response = await system.SendAsync(HttpMethod.Post, $"/api/v1/terminals/{terminalId}/{operation}", token, operation == "sign-in" ? new { staffId = "S001" } : null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var fresh = new JwtSecurityTokenHandler().ReadJwtToken(Assert.Single(response.Headers.GetValues("X-New-Token")));
        Assert.Equal("terminal:" + terminalId, fresh.Subject);
        Assert.Equal("terminal", fresh.Claims.Single(c => c.Type == "token_type").Value);
        var expected = operation switch { "open" => "Opened", "close" => "Closed", _ => "Idle" };
        Assert.Equal(expected, fresh.Claims.Single(c => c.Type == "status").Value);
        Assert.Equal(operation == "sign-in", fresh.Claims.Any(c => c.Type == "staff_id" && c.Value == "S001"));
    }

    [Fact]
    public async Task Sign_in_of_staff_master_data_does_not_know_is_refused_naming_the_staff()
    {
        var tenant = system.NewTenant();
        var (terminalId, apiKey) = await system.CreateTerminalAsync(tenant);
        var token = await system.TerminalTokenAsync(terminalId, apiKey);

        var refused = await system.OperateAsync(terminalId, "sign-in", token, new { staffId = "S999" }, HttpStatusCode.Unauthorized);

        Assert.Equal("406004", refused.GetProperty("userError").GetProperty("code").GetString());
        Assert.Contains("S999", refused.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, (await system.ListedAsync(tenant, terminalId)).GetProperty("staff").ValueKind);
    }

    [Fact]
    public async Task Master_data_is_asked_with_a_service_token_of_the_terminals_tenant()
    {
        var tenant = system.NewTenant();
        var (terminalId, _) = await system.CreateTerminalAsync(tenant);

        await system.OperateAsync(terminalId, "sign-in", system.UserToken(tenant), new { staffId = "S001" });

        var seen = system.MasterData.Authorizations.Select(h => new JwtSecurityTokenHandler().ReadJwtToken(h["Bearer ".Length..]))
            .Where(t => t.Claims.Any(c => c.Type == "tenant_id" && c.Value == tenant));
        var token = Assert.Single(seen);
        Assert.Equal("service:terminal", token.Subject);
    }

    [Fact]
    public async Task Sign_out_with_nobody_signed_in_is_refused_naming_the_state_and_changes_nothing()
    {
        var tenant = system.NewTenant();
        var (terminalId, _) = await system.CreateTerminalAsync(tenant);
        var before = await system.ListedAsync(tenant, terminalId);

        var refused = await system.OperateAsync(terminalId, "sign-out", system.UserToken(tenant), expected: HttpStatusCode.Unauthorized);

        Assert.Equal("406013", refused.GetProperty("userError").GetProperty("code").GetString());
        Assert.Contains("nobody is signed in", refused.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(before.GetRawText(), (await system.ListedAsync(tenant, terminalId)).GetRawText());
    }

    [Fact]
    public async Task A_second_sign_in_is_refused_naming_who_is_signed_in()
    {
        var tenant = system.NewTenant();
        var (terminalId, _) = await system.CreateTerminalAsync(tenant);
        var user = system.UserToken(tenant);
        await system.OperateAsync(terminalId, "sign-in", user, new { staffId = "S001" });

        var refused = await system.OperateAsync(terminalId, "sign-in", user, new { staffId = "S001" }, HttpStatusCode.BadRequest);

        Assert.Equal("406014", refused.GetProperty("userError").GetProperty("code").GetString());
        Assert.Contains("S001", refused.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Opening_twice_is_refused_naming_the_status_and_counts_once()
    {
        var tenant = system.NewTenant();
        var (terminalId, _) = await system.CreateTerminalAsync(tenant);
        var user = system.UserToken(tenant);
        await system.OperateAsync(terminalId, "open", user);

        var refused = await system.OperateAsync(terminalId, "open", user, expected: HttpStatusCode.BadRequest);

        Assert.Equal("406003", refused.GetProperty("userError").GetProperty("code").GetString());
        Assert.Contains("opened", refused.GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, (await system.ListedAsync(tenant, terminalId)).GetProperty("businessCounter").GetInt32());
    }

    [Fact]
    public async Task Closing_a_terminal_never_opened_is_refused_naming_idle()
    {
        var tenant = system.NewTenant();
        var (terminalId, _) = await system.CreateTerminalAsync(tenant);

        var refused = await system.OperateAsync(terminalId, "close", system.UserToken(tenant), expected: HttpStatusCode.BadRequest);

        Assert.Contains("Idle", refused.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cash_in_while_closed_is_refused_naming_closed()
    {
        var tenant = system.NewTenant();
        var (terminalId, _) = await system.CreateTerminalAsync(tenant);
        var user = system.UserToken(tenant);
        await system.OperateAsync(terminalId, "sign-in", user, new { staffId = "S001" });
        await system.OperateAsync(terminalId, "open", user);
        await system.OperateAsync(terminalId, "close", user);

        var refused = await system.OperateAsync(terminalId, "cash-in", user, new { amount = 100 }, HttpStatusCode.BadRequest);

        Assert.Equal("406003", refused.GetProperty("userError").GetProperty("code").GetString());
        Assert.Contains("Closed", refused.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cash_out_with_nobody_signed_in_is_refused_as_the_original_does()
    {
        var tenant = system.NewTenant();
        var (terminalId, _) = await system.CreateTerminalAsync(tenant);
        var user = system.UserToken(tenant);
        await system.OperateAsync(terminalId, "open", user);

        var refused = await system.OperateAsync(terminalId, "cash-out", user, new { amount = 100 }, HttpStatusCode.Unauthorized);

        Assert.Equal("406013", refused.GetProperty("userError").GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("cash-in", """{"description":"no amount"}""", "amount")]
    [InlineData("cash-in", """{"amount":0}""", "amount")]
    [InlineData("cash-out", """{"amount":-5}""", "amount")]
    [InlineData("cash-in", """{"amount":"lots"}""", "amount")]
    [InlineData("open", """{"initialAmount":-1}""", "initialAmount")]
    [InlineData("close", """{"physicalAmount":-1}""", "physicalAmount")]
    [InlineData("sign-in", """{"staffId":""}""", "staffId")]
    [InlineData("sign-in", "{}", "staffId")]
    public async Task A_bad_body_is_a_422_naming_the_field_and_changes_nothing(string operation, string json, string field)
    {
        var tenant = system.NewTenant();
        var (terminalId, _) = await system.CreateTerminalAsync(tenant);
        var user = system.UserToken(tenant);
        if (operation.StartsWith("cash", StringComparison.Ordinal) || operation == "close")
        {
            await system.OperateAsync(terminalId, "sign-in", user, new { staffId = "S001" });
            await system.OperateAsync(terminalId, "open", user);
        }

        var before = await system.ListedAsync(tenant, terminalId);
        using var response = await system.SendAsync(HttpMethod.Post, $"/api/v1/terminals/{terminalId}/{operation}", user, json);
        var body = await Json.ReadAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(field, Json.ErrorFields(body));
        Assert.Equal(before.ToString(), (await system.ListedAsync(tenant, terminalId)).ToString());
    }

    [Fact]
    public async Task A_terminal_acts_on_itself_by_its_api_key_and_not_on_another_terminal()
    {
        var tenant = system.NewTenant();
        var (first, firstKey) = await system.CreateTerminalAsync(tenant, 1);
        var (second, _) = await system.CreateTerminalAsync(tenant, 2);
        var byKey = new Dictionary<string, string> { ["X-API-KEY"] = firstKey };
        var token = await system.TerminalTokenAsync(first, firstKey);

        using var own = await system.SendAsync(HttpMethod.Post, $"/api/v1/terminals/{first}/open", bearer: null, headers: byKey);
        using var other = await system.SendAsync(HttpMethod.Post, $"/api/v1/terminals/{second}/open", token);

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal("Idle", (await system.ListedAsync(tenant, second)).GetProperty("status").GetString());
    }
}
