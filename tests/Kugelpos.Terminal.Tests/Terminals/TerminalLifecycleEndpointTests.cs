using System.IdentityModel.Tokens.Jwt;
using System.Net;
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

        using var response = await system.SendAsync(HttpMethod.Post, $"/api/v1/terminals/{terminalId}/{operation}", token, operation == "sign-in" ? new { staffId = "S001" } : null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var fresh = new JwtSecurityTokenHandler().ReadJwtToken(Assert.Single(response.Headers.GetValues("X-New-Token")));
        Assert.Equal("terminal:" + terminalId, fresh.Subject);
        Assert.Equal("terminal", fresh.Claims.Single(c => c.Type == "token_type").Value);
        var expected = operation switch { "open" => "Opened", "close" => "Closed", _ => "Idle" };
        Assert.Equal(expected, fresh.Claims.Single(c => c.Type == "status").Value);
        Assert.Equal(operation == "sign-in", fresh.Claims.Any(c => c.Type == "staff_id" && c.Value == "S001"));
    }
}
