using Kugelpos.ServiceDefaults.Security;
using Microsoft.Extensions.DependencyInjection;
using System.Net;
using Kugelpos.Terminal.Tests.Support;

namespace Kugelpos.Terminal.Tests.Terminals;

public sealed class TerminalEndpointTests(TerminalSystem system) : IClassFixture<TerminalSystem>
{
    [Fact]
    public async Task A_created_terminal_is_idle_in_the_main_menu_and_its_key_is_shown()
    {
        var tenant = system.NewTenant();

        using var response = await system.SendAsync(HttpMethod.Post, "/api/v1/terminals", system.UserToken(tenant), new { store_code = "S01", terminal_no = 7, description = "Front till" });
        var body = await Json.ReadAsync(response);
        var data = body.GetProperty("data");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("create_terminal", body.GetProperty("operation").GetString());
        Assert.Equal($"{tenant}-S01-7", data.GetProperty("terminalId").GetString());
        Assert.Equal(tenant, data.GetProperty("tenantId").GetString());
        Assert.Equal("MainMenu", data.GetProperty("functionMode").GetString());
        Assert.Equal("Idle", data.GetProperty("status").GetString());
        Assert.Equal(0, data.GetProperty("openCounter").GetInt32());
        Assert.Equal(43, data.GetProperty("apiKey").GetString()!.Length);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$", data.GetProperty("entryDatetime").GetString());
    }

    [Fact]
    public async Task Creating_a_terminal_twice_is_a_conflict_and_keeps_the_first_key()
    {
        var tenant = system.NewTenant();
        var (terminalId, apiKey) = await system.CreateTerminalAsync(tenant);

        using var again = await system.SendAsync(HttpMethod.Post, "/api/v1/terminals", system.UserToken(tenant), new { storeCode = "S01", terminalNo = 1, description = "Again" });
        var body = await Json.ReadAsync(again);

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("406002", body.GetProperty("userError").GetProperty("code").GetString());
        Assert.NotEmpty(await system.TerminalTokenAsync(terminalId, apiKey));
    }

    [Theory]
    [InlineData("""{"terminalNo":1,"description":"x"}""", "storeCode")]
    [InlineData("""{"storeCode":" ","terminalNo":1,"description":"x"}""", "storeCode")]
    [InlineData("""{"storeCode":"S01","description":"x"}""", "terminalNo")]
    [InlineData("""{"storeCode":"S01","terminalNo":0,"description":"x"}""", "terminalNo")]
    [InlineData("""{"storeCode":"S01","terminalNo":1}""", "description")]
    public async Task A_bad_create_is_a_422_naming_the_field_and_lists_nothing(string json, string field)
    {
        var tenant = system.NewTenant();

        using var response = await system.SendAsync(HttpMethod.Post, "/api/v1/terminals", system.UserToken(tenant), json);
        var body = await Json.ReadAsync(response);
        using var list = await system.SendAsync(HttpMethod.Get, "/api/v1/terminals", system.UserToken(tenant));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(field, Json.ErrorFields(body));
        Assert.Equal(0, (await Json.ReadAsync(list)).GetProperty("metadata").GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task A_terminal_may_not_create_or_delete_terminals()
    {
        var tenant = system.NewTenant();
        var (terminalId, apiKey) = await system.CreateTerminalAsync(tenant);
        var token = await system.TerminalTokenAsync(terminalId, apiKey);

        using var create = await system.SendAsync(HttpMethod.Post, "/api/v1/terminals", token, new { storeCode = "S01", terminalNo = 2, description = "x" });
        using var delete = await system.SendAsync(HttpMethod.Delete, $"/api/v1/terminals/{terminalId}", token);

        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        Assert.Equal("Idle", (await system.ListedAsync(tenant, terminalId)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_key_is_read_back_to_a_user_of_the_tenant_and_never_to_the_terminal_or_a_service()
    {
        var tenant = system.NewTenant();
        var (terminalId, apiKey) = await system.CreateTerminalAsync(tenant);
        var terminalToken = await system.TerminalTokenAsync(terminalId, apiKey);
        var serviceToken = system.Service.Services.GetRequiredService<KugelposTokenIssuer>().IssueServiceToken("cart", tenant);

        var byUser = await GetAsync(terminalId, system.UserToken(tenant));
        var byTerminal = await GetAsync(terminalId, terminalToken);
        var byService = await GetAsync(terminalId, serviceToken);
        var listed = await system.ListedAsync(tenant, terminalId);

        Assert.Equal(apiKey, byUser.GetProperty("data").GetProperty("apiKey").GetString());
        Assert.Equal(apiKey, listed.GetProperty("apiKey").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, byTerminal.GetProperty("data").GetProperty("apiKey").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, byService.GetProperty("data").GetProperty("apiKey").ValueKind);
        Assert.DoesNotContain(apiKey, system.Service.Logs.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_tenants_terminal_is_not_found_and_stays_as_it_was()
    {
        var owner = system.NewTenant();
        var other = system.NewTenant();
        var (terminalId, _) = await system.CreateTerminalAsync(owner);

        using var get = await system.SendAsync(HttpMethod.Get, $"/api/v1/terminals/{terminalId}", system.UserToken(other));
        using var open = await system.SendAsync(HttpMethod.Post, $"/api/v1/terminals/{terminalId}/open", system.UserToken(other));
        using var delete = await system.SendAsync(HttpMethod.Delete, $"/api/v1/terminals/{terminalId}", system.UserToken(other));

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, open.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.Equal("406001", (await Json.ReadAsync(get)).GetProperty("userError").GetProperty("code").GetString());
        Assert.Equal("Idle", (await system.ListedAsync(owner, terminalId)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_terminal_never_created_is_not_found()
    {
        var tenant = system.NewTenant();

        using var response = await system.SendAsync(HttpMethod.Get, $"/api/v1/terminals/{tenant}-S01-99", system.UserToken(tenant));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_list_filters_by_store_pages_and_says_so_in_its_metadata()
    {
        var tenant = system.NewTenant();
        await system.CreateTerminalAsync(tenant, 1, "S01");
        await system.CreateTerminalAsync(tenant, 2, "S01");
        await system.CreateTerminalAsync(tenant, 1, "S02");

        using var response = await system.SendAsync(HttpMethod.Get, "/api/v1/terminals?store_code=S01&limit=1&page=2&sort=terminal_no:-1", system.UserToken(tenant));
        var body = await Json.ReadAsync(response);
        var metadata = body.GetProperty("metadata");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"{tenant}-S01-1", Assert.Single(body.GetProperty("data").EnumerateArray()).GetProperty("terminalId").GetString());
        Assert.Equal(2, metadata.GetProperty("total").GetInt64());
        Assert.Equal(2, metadata.GetProperty("page").GetInt32());
        Assert.Equal("terminal_no:-1", metadata.GetProperty("sort").GetString());
        Assert.Equal("S01", metadata.GetProperty("filter").GetProperty("store_code").GetString());
    }

    [Fact]
    public async Task A_sort_on_an_unknown_field_is_a_422_naming_sort()
    {
        using var response = await system.SendAsync(HttpMethod.Get, "/api/v1/terminals?sort=api_key:1", system.UserToken(system.NewTenant()));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("sort", Json.ErrorFields(await Json.ReadAsync(response)));
    }

    [Fact]
    public async Task The_description_changes_and_the_list_shows_it()
    {
        var tenant = system.NewTenant();
        var (terminalId, _) = await system.CreateTerminalAsync(tenant);

        using var response = await system.SendAsync(HttpMethod.Patch, $"/api/v1/terminals/{terminalId}/description", system.UserToken(tenant), new { description = "Back till" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("update_terminal_description", (await Json.ReadAsync(response)).GetProperty("operation").GetString());
        Assert.Equal("Back till", (await system.ListedAsync(tenant, terminalId)).GetProperty("description").GetString());
    }

    [Fact]
    public async Task A_sessions_function_mode_is_refused_while_idle_naming_the_status()
    {
        var tenant = system.NewTenant();
        var (terminalId, _) = await system.CreateTerminalAsync(tenant);

        using var response = await system.SendAsync(HttpMethod.Patch, $"/api/v1/terminals/{terminalId}/function_mode", system.UserToken(tenant), new { functionMode = "Sales" });
        var body = await Json.ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("406003", body.GetProperty("userError").GetProperty("code").GetString());
        Assert.Contains("Idle", body.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("MainMenu", (await system.ListedAsync(tenant, terminalId)).GetProperty("functionMode").GetString());
    }

    [Fact]
    public async Task An_unknown_function_mode_is_a_422_naming_the_field()
    {
        var tenant = system.NewTenant();
        var (terminalId, _) = await system.CreateTerminalAsync(tenant);

        using var response = await system.SendAsync(HttpMethod.Patch, $"/api/v1/terminals/{terminalId}/function_mode", system.UserToken(tenant), new { function_mode = "Dancing" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("functionMode", Json.ErrorFields(await Json.ReadAsync(response)));
    }

    [Fact]
    public async Task A_function_mode_is_taken_when_the_status_allows_it()
    {
        var tenant = system.NewTenant();
        var (terminalId, _) = await system.CreateTerminalAsync(tenant);

        using var response = await system.SendAsync(HttpMethod.Patch, $"/api/v1/terminals/{terminalId}/function_mode", system.UserToken(tenant), new { functionMode = "OpenTerminal" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("OpenTerminal", (await Json.ReadAsync(response)).GetProperty("data").GetProperty("functionMode").GetString());
    }

    [Fact]
    public async Task A_deleted_terminal_is_gone_from_get_list_and_its_key_no_longer_works()
    {
        var tenant = system.NewTenant();
        var (terminalId, apiKey) = await system.CreateTerminalAsync(tenant);

        using var delete = await system.SendAsync(HttpMethod.Delete, $"/api/v1/terminals/{terminalId}", system.UserToken(tenant));
        using var get = await system.SendAsync(HttpMethod.Get, $"/api/v1/terminals/{terminalId}", system.UserToken(tenant));
        using var list = await system.SendAsync(HttpMethod.Get, "/api/v1/terminals", system.UserToken(tenant));
        using var token = await system.SendAsync(HttpMethod.Post, $"/api/v1/auth/token?terminal_id={terminalId}", null, headers: new Dictionary<string, string> { ["X-API-KEY"] = apiKey });

        Assert.Equal(HttpStatusCode.OK, delete.StatusCode);
        Assert.Equal(terminalId, (await Json.ReadAsync(delete)).GetProperty("data").GetProperty("terminalId").GetString());
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(0, (await Json.ReadAsync(list)).GetProperty("metadata").GetProperty("total").GetInt64());
        Assert.Equal(HttpStatusCode.Unauthorized, token.StatusCode);
    }

    private async Task<System.Text.Json.JsonElement> GetAsync(string terminalId, string bearer)
    {
        using var response = await system.SendAsync(HttpMethod.Get, $"/api/v1/terminals/{terminalId}", bearer);
        var body = await Json.ReadAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToString());
        return body;
    }
}
