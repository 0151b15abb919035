using System.Net;
using System.Text.Json;
using Kugelpos.Terminal.Tests.Support;

namespace Kugelpos.Terminal.Tests.Terminals;

/// <summary>
/// Open, close and cash in/out need the terminal's store on file, as in the original; the
/// terminal's own status is checked first.
/// </summary>
public sealed class TerminalStoreRequiredTests(TerminalSystem system) : IClassFixture<TerminalSystem>
{
    [Theory]
    [InlineData("open")]
    [InlineData("close")]
    [InlineData("cash-in")]
    [InlineData("cash-out")]
    public async Task An_operation_of_a_terminal_whose_store_was_deleted_is_a_404_naming_the_store_and_changes_nothing(string operation)
    {
        var tenant = system.NewTenant();
        var (terminalId, _) = await system.CreateTerminalAsync(tenant);
        var user = system.UserToken(tenant);
        await system.OperateAsync(terminalId, "sign-in", user, new { staffId = "S001" });
        if (operation != "open")
        {
            await system.OperateAsync(terminalId, "open", user, new { initialAmount = 1000 });
        }

        await DeleteStoreAsync(tenant, "S01");
        var before = await TerminalAsync(tenant, terminalId);

        var refused = await system.OperateAsync(terminalId, operation, user, BodyOf(operation), HttpStatusCode.NotFound);

        Assert.Equal("407101", refused.GetProperty("userError").GetProperty("code").GetString());
        Assert.Equal($"Store info not found: {terminalId}", refused.GetProperty("message").GetString());
        Assert.Equal(["store_code"], Json.ErrorFields(refused));
        Assert.Equal(before.GetRawText(), (await TerminalAsync(tenant, terminalId)).GetRawText());
    }

    [Theory]
    [InlineData("open", HttpStatusCode.BadRequest, "406003")]
    [InlineData("close", HttpStatusCode.BadRequest, "406003")]
    [InlineData("cash-in", HttpStatusCode.Unauthorized, "406013")]
    public async Task The_terminals_own_status_is_refused_before_the_missing_store(string operation, HttpStatusCode status, string code)
    {
        var tenant = system.NewTenant();
        var (terminalId, _) = await system.CreateTerminalAsync(tenant);
        var user = system.UserToken(tenant);

        // Open twice; close never opened; cash in with nobody signed in.
        if (operation == "open")
        {
            await system.OperateAsync(terminalId, "open", user);
        }

        await DeleteStoreAsync(tenant, "S01");

        var refused = await system.OperateAsync(terminalId, operation, user, BodyOf(operation), status);

        Assert.Equal(code, refused.GetProperty("userError").GetProperty("code").GetString());
    }

    private static object? BodyOf(string operation) => operation switch
    {
        "close" => new { physicalAmount = 1000 },
        "cash-in" or "cash-out" => new { amount = 100, description = "Change" },
        _ => null,
    };

    private async Task DeleteStoreAsync(string tenant, string storeCode)
    {
        using var deleted = await system.SendAsync(HttpMethod.Delete, $"/api/v1/tenants/{tenant}/stores/{storeCode}", system.UserToken(tenant));
        Assert.True(deleted.StatusCode == HttpStatusCode.OK, await deleted.Content.ReadAsStringAsync());
    }

    private async Task<JsonElement> TerminalAsync(string tenant, string terminalId)
    {
        using var response = await system.SendAsync(HttpMethod.Get, $"/api/v1/terminals/{terminalId}", system.UserToken(tenant));
        var body = await Json.ReadAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToString());
        return body.GetProperty("data");
    }
}
