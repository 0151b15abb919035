using System.Net;
using System.Text.Json;
using Kugelpos.MasterData.Tests.Support;

namespace Kugelpos.MasterData.Tests.Settings;

public class SettingsTests
{
    private const string Tenant = "T0001";
    private const string Path = $"/api/v1/tenants/{Tenant}/settings";

    [Fact]
    public async Task Settings_are_created_read_updated_and_deleted_with_the_original_messages()
    {
        await using var service = await MasterDataTestService.StartAsync();
        var user = service.UserToken(Tenant);

        using var created = await service.SendAsync(HttpMethod.Post, Path, Body("receipt_header"), user);
        var createdBody = await Json.ReadAsync(created);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("Settings created successfully. settings_id: receipt_header", createdBody.GetProperty("message").GetString());
        Assert.Equal("create_settings_master_async", createdBody.GetProperty("operation").GetString());
        Assert.Equal(["name", "defaultValue", "values", "entryDatetime", "lastUpdateDatetime"], Json.PropertyNames(createdBody.GetProperty("data")));
        Assert.Equal(["storeCode", "terminalNo", "value"], Json.PropertyNames(createdBody.GetProperty("data").GetProperty("values")[0]));

        using var updated = await service.SendAsync(
            HttpMethod.Put, $"{Path}/receipt_header", new { defaultValue = "new default", values = Array.Empty<object>() }, user);
        var updatedData = (await Json.ReadAsync(updated)).GetProperty("data");
        Assert.Equal("new default", updatedData.GetProperty("defaultValue").GetString());
        Assert.Equal(0, updatedData.GetProperty("values").GetArrayLength());

        using var read = await service.SendAsync(HttpMethod.Get, $"{Path}/receipt_header", bearer: user);
        var readBody = await Json.ReadAsync(read);
        Assert.Equal("Settings found. settings_id: receipt_header", readBody.GetProperty("message").GetString());
        Assert.Equal("get_settings_master_by_name_async", readBody.GetProperty("operation").GetString());
        Assert.Equal("new default", readBody.GetProperty("data").GetProperty("defaultValue").GetString());

        using var deleted = await service.SendAsync(HttpMethod.Delete, $"{Path}/receipt_header", bearer: user);
        var deletedBody = await Json.ReadAsync(deleted);
        Assert.Equal("receipt_header", deletedBody.GetProperty("data").GetProperty("name").GetString());
        Assert.Equal("Settings deleted successfully. settings_id: receipt_header", deletedBody.GetProperty("message").GetString());

        using var gone = await service.SendAsync(HttpMethod.Get, $"{Path}/receipt_header", bearer: user);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal("Settings not found. settings name: receipt_header", (await Json.ReadAsync(gone)).GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("S001", 2, "terminal two")]
    [InlineData("S001", 7, "store one")]
    [InlineData("S002", 1, "everywhere")]
    public async Task The_value_endpoint_resolves_terminal_then_store_then_tenant(string store, int terminal, string expected)
    {
        await using var service = await MasterDataTestService.StartAsync();
        using var created = await service.SendAsync(HttpMethod.Post, Path, Body("receipt_header"), service.UserToken(Tenant));

        using var response = await service.SendAsync(
            HttpMethod.Get, $"{Path}/receipt_header/value?store_code={store}&terminal_no={terminal}", bearer: service.TerminalToken(Tenant));
        var body = await Json.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, body.GetProperty("data").GetProperty("value").GetString());
        Assert.Equal("Settings value found. settings_name: receipt_header", body.GetProperty("message").GetString());
        Assert.Equal("get_settings_value_by_name_async", body.GetProperty("operation").GetString());
    }

    [Fact]
    public async Task Without_a_scoped_value_the_value_endpoint_answers_the_default()
    {
        await using var service = await MasterDataTestService.StartAsync();
        using var created = await service.SendAsync(
            HttpMethod.Post, Path, """{"name":"tax_mode","default_value":"inclusive","values":[]}""", service.UserToken(Tenant));

        using var response = await service.SendAsync(
            HttpMethod.Get, $"{Path}/tax_mode/value?store_code=S001&terminal_no=1", bearer: service.ServiceToken(Tenant));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("inclusive", (await Json.ReadAsync(response)).GetProperty("data").GetProperty("value").GetString());
    }

    [Theory]
    [InlineData("terminal_no=1", "store_code")]
    [InlineData("store_code=S001", "terminal_no")]
    [InlineData("store_code=S001&terminal_no=one", "terminal_no")]
    [InlineData("store_code=S001&terminal_no=-1", "terminal_no")]
    public async Task The_value_endpoint_names_a_missing_or_bad_query_parameter(string query, string field)
    {
        await using var service = await MasterDataTestService.StartAsync();
        using var created = await service.SendAsync(HttpMethod.Post, Path, Body("receipt_header"), service.UserToken(Tenant));

        using var response = await service.SendAsync(HttpMethod.Get, $"{Path}/receipt_header/value?{query}", bearer: service.UserToken(Tenant));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal([field], Json.ErrorFields(await Json.ReadAsync(response)));
    }

    [Fact]
    public async Task The_value_of_an_unknown_setting_is_a_404()
    {
        await using var service = await MasterDataTestService.StartAsync();

        using var response = await service.SendAsync(
            HttpMethod.Get, $"{Path}/nope/value?store_code=S001&terminal_no=1", bearer: service.UserToken(Tenant));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("settings with name nope not found", (await Json.ReadAsync(response)).GetProperty("message").GetString());
    }

    [Fact]
    public async Task The_list_pages_by_name_with_metadata()
    {
        await using var service = await MasterDataTestService.StartAsync();
        var user = service.UserToken(Tenant);
        foreach (var name in new[] { "c_setting", "a_setting", "b_setting" })
        {
            using var _ = await service.SendAsync(HttpMethod.Post, Path, Body(name), user);
        }

        using var page = await service.SendAsync(HttpMethod.Get, $"{Path}?limit=2&page=2", bearer: user);
        var body = await Json.ReadAsync(page);
        using var descending = await service.SendAsync(HttpMethod.Get, $"{Path}?sort=name:-1", bearer: user);

        Assert.Equal(["c_setting"], Names(body));
        Assert.Equal("Settings retrieved successfully. Total count: 3", body.GetProperty("message").GetString());
        Assert.Equal(3, body.GetProperty("metadata").GetProperty("total").GetInt32());
        Assert.Equal(2, body.GetProperty("metadata").GetProperty("page").GetInt32());
        Assert.Equal("name:1", body.GetProperty("metadata").GetProperty("sort").GetString());
        Assert.Equal(["c_setting", "b_setting", "a_setting"], Names(await Json.ReadAsync(descending)));
    }

    [Fact]
    public async Task A_taken_name_is_a_409()
    {
        await using var service = await MasterDataTestService.StartAsync();
        var user = service.UserToken(Tenant);
        using var first = await service.SendAsync(HttpMethod.Post, Path, Body("receipt_header"), user);

        using var second = await service.SendAsync(HttpMethod.Post, Path, Body("receipt_header"), user);
        var body = await Json.ReadAsync(second);

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("405003", body.GetProperty("userError").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Every_invalid_field_is_named_and_nothing_is_stored()
    {
        await using var service = await MasterDataTestService.StartAsync();
        var user = service.UserToken(Tenant);

        using var response = await service.SendAsync(
            HttpMethod.Post,
            Path,
            new
            {
                name = "",
                defaultValue = new string('x', 4097),
                values = new object[]
                {
                    new { storeCode = "S/1", terminalNo = 1, value = "a" },
                    new { storeCode = "S001", terminalNo = 0, value = (string?)null },
                },
            },
            user);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(
            ["defaultValue", "name", "values[0].storeCode", "values[1].terminalNo", "values[1].value"],
            Json.ErrorFields(await Json.ReadAsync(response)).Order(StringComparer.Ordinal));
        using var list = await service.SendAsync(HttpMethod.Get, Path, bearer: user);
        Assert.Equal(0, (await Json.ReadAsync(list)).GetProperty("data").GetArrayLength());
    }

    [Fact]
    public async Task A_terminal_value_without_a_store_or_a_repeated_scope_is_refused_and_the_setting_kept()
    {
        await using var service = await MasterDataTestService.StartAsync();
        var user = service.UserToken(Tenant);
        using var created = await service.SendAsync(HttpMethod.Post, Path, Body("receipt_header"), user);

        using var noStore = await service.SendAsync(
            HttpMethod.Put, $"{Path}/receipt_header", new { defaultValue = "x", values = new[] { new { terminalNo = 1, value = "a" } } }, user);
        using var repeated = await service.SendAsync(
            HttpMethod.Put,
            $"{Path}/receipt_header",
            new { defaultValue = "x", values = new[] { new { storeCode = "S1", value = "a" }, new { storeCode = "S1", value = "b" } } },
            user);
        using var noValues = await service.SendAsync(HttpMethod.Put, $"{Path}/receipt_header", new { defaultValue = "x" }, user);

        Assert.Equal(["values[0].terminalNo"], Json.ErrorFields(await Json.ReadAsync(noStore)));
        Assert.Equal(["values"], Json.ErrorFields(await Json.ReadAsync(repeated)));
        Assert.Equal(["values"], Json.ErrorFields(await Json.ReadAsync(noValues)));
        using var read = await service.SendAsync(HttpMethod.Get, $"{Path}/receipt_header", bearer: user);
        var data = (await Json.ReadAsync(read)).GetProperty("data");
        Assert.Equal("default", data.GetProperty("defaultValue").GetString());
        Assert.Equal(3, data.GetProperty("values").GetArrayLength());
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task Writing_an_unknown_setting_is_a_404(string method)
    {
        await using var service = await MasterDataTestService.StartAsync();

        using var response = await service.SendAsync(
            new HttpMethod(method), $"{Path}/nope", method == "PUT" ? new { defaultValue = "x", values = Array.Empty<object>() } : null,
            service.UserToken(Tenant));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("POST", Path)]
    [InlineData("PUT", $"{Path}/receipt_header")]
    [InlineData("DELETE", $"{Path}/receipt_header")]
    public async Task Only_a_user_of_the_tenant_writes_settings(string method, string path)
    {
        await using var service = await MasterDataTestService.StartAsync();
        using var created = await service.SendAsync(HttpMethod.Post, Path, Body("receipt_header"), service.UserToken(Tenant));
        object? body = method == "DELETE" ? null : Body("receipt_header");

        using var anonymous = await service.SendAsync(new HttpMethod(method), path, body);
        using var otherTenant = await service.SendAsync(new HttpMethod(method), path, body, service.UserToken("T0002"));
        using var terminal = await service.SendAsync(new HttpMethod(method), path, body, service.TerminalToken(Tenant));
        using var asService = await service.SendAsync(new HttpMethod(method), path, body, service.ServiceToken(Tenant));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherTenant.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, terminal.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, asService.StatusCode);
        using var read = await service.SendAsync(HttpMethod.Get, $"{Path}/receipt_header", bearer: service.UserToken(Tenant));
        Assert.Equal("default", (await Json.ReadAsync(read)).GetProperty("data").GetProperty("defaultValue").GetString());
    }

    [Fact]
    public async Task Another_tenant_cannot_read_settings()
    {
        await using var service = await MasterDataTestService.StartAsync();
        using var created = await service.SendAsync(HttpMethod.Post, Path, Body("receipt_header"), service.UserToken(Tenant));

        using var list = await service.SendAsync(HttpMethod.Get, Path, bearer: service.UserToken("T0002"));
        using var value = await service.SendAsync(
            HttpMethod.Get, $"{Path}/receipt_header/value?store_code=S001&terminal_no=1", bearer: service.TerminalToken("T0002"));
        using var own = await service.SendAsync(HttpMethod.Get, "/api/v1/tenants/T0002/settings/receipt_header", bearer: service.UserToken("T0002"));

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, value.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, own.StatusCode);
    }

    private static SettingsBody Body(string name) => new(
        name,
        "default",
        [new("S001", null, "store one"), new("S001", 2, "terminal two"), new(null, null, "everywhere")]);

    private static string[] Names(JsonElement body) =>
        [.. body.GetProperty("data").EnumerateArray().Select(setting => setting.GetProperty("name").GetString()!)];

    private sealed record SettingsBody(string Name, string DefaultValue, IReadOnlyList<ValueBody> Values);

    private sealed record ValueBody(string? StoreCode, int? TerminalNo, string Value);
}
