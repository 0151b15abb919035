using System.Globalization;
using System.Net;
using Kugelpos.Terminal.Tests.Support;

namespace Kugelpos.Terminal.Tests.Stores;

public sealed class StoreEndpointTests(TerminalSystem system) : IClassFixture<TerminalSystem>
{
    private ServiceTestHost Terminal => system.Service;

    [Fact]
    public async Task An_added_store_is_idle_and_the_answer_is_the_whole_tenant()
    {
        await Terminal.CreatedTenantAsync("T2001");
        var now = Terminal.Time.GetUtcNow();

        using var response = await Terminal.AddStoreAsync("T2001", new { store_code = "S1", store_name = "Main Street", tags = new[] { "city" } });
        var body = await Json.ReadAsync(response);
        var store = Assert.Single(body.GetProperty("data").GetProperty("stores").EnumerateArray());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("add_store", body.GetProperty("operation").GetString());
        Assert.Equal("Store created successfully for tenant T2001", body.GetProperty("message").GetString());
        Assert.Equal("T2001", body.GetProperty("data").GetProperty("tenantId").GetString());
        Assert.Equal("S1", store.GetProperty("storeCode").GetString());
        Assert.Equal("Main Street", store.GetProperty("storeName").GetString());
        Assert.Equal("Idle", store.GetProperty("status").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, store.GetProperty("businessDate").ValueKind);
        Assert.Equal(["city"], store.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(now.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), store.GetProperty("entryDatetime").GetString());
    }

    [Fact]
    public async Task A_store_reads_back_by_its_code()
    {
        await Terminal.CreatedTenantAsync("T2002");
        await Terminal.AddedStoreAsync("T2002", "S1", "Main Street");

        var (status, body) = await Terminal.ReadAsync("T2002", "/api/v1/tenants/T2002/stores/S1");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("get_store", body.GetProperty("operation").GetString());
        Assert.Equal("Store info for tenant T2002", body.GetProperty("message").GetString());
        Assert.Equal("Main Street", body.GetProperty("data").GetProperty("storeName").GetString());
    }

    [Fact]
    public async Task A_second_store_with_the_same_code_is_a_409_naming_the_store_code_and_keeps_the_first()
    {
        await Terminal.CreatedTenantAsync("T2003");
        await Terminal.AddedStoreAsync("T2003", "S1", "First");

        using var response = await Terminal.AddStoreAsync("T2003", new { storeCode = "S1", storeName = "Second" });
        var body = await Json.ReadAsync(response);
        var (_, stored) = await Terminal.ReadAsync("T2003", "/api/v1/tenants/T2003/stores/S1");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(TerminalErrorCodes.StoreAlreadyExists, body.GetProperty("userError").GetProperty("code").GetString());
        Assert.Equal("Store already exists. store_code->S1, tenant_id->T2003", body.GetProperty("message").GetString());
        Assert.Equal(["storeCode"], Json.ErrorFields(body));
        Assert.Equal("First", stored.GetProperty("data").GetProperty("storeName").GetString());
    }

    [Fact]
    public async Task Stores_of_an_unknown_tenant_are_a_404_naming_the_tenant_id()
    {
        using var add = await Terminal.AddStoreAsync("T2004", new { storeCode = "S1", storeName = "Main" });
        var addBody = await Json.ReadAsync(add);
        var (list, listBody) = await Terminal.ReadAsync("T2004", "/api/v1/tenants/T2004/stores");
        var (one, _) = await Terminal.ReadAsync("T2004", "/api/v1/tenants/T2004/stores/S1");

        Assert.Equal(HttpStatusCode.NotFound, add.StatusCode);
        Assert.Equal(TerminalErrorCodes.TenantNotFound, addBody.GetProperty("userError").GetProperty("code").GetString());
        Assert.Equal(["tenant_id"], Json.ErrorFields(addBody));
        Assert.Equal(HttpStatusCode.NotFound, list);
        Assert.Equal(["tenant_id"], Json.ErrorFields(listBody));
        Assert.Equal(HttpStatusCode.NotFound, one);
    }

    [Theory]
    [InlineData("S9")]
    [InlineData("no-such-store")]
    public async Task An_unknown_store_is_a_404_naming_the_store_code(string storeCode)
    {
        await Terminal.CreatedTenantAsync($"T2005{storeCode.Length}");
        var tenantId = $"T2005{storeCode.Length}";

        var (status, body) = await Terminal.ReadAsync(tenantId, $"/api/v1/tenants/{tenantId}/stores/{storeCode}");
        using var update = await Terminal.SendAsync(HttpMethod.Put, $"/api/v1/tenants/{tenantId}/stores/{storeCode}", new { storeName = "x" }, Terminal.UserToken(tenantId));
        using var delete = await Terminal.SendAsync(HttpMethod.Delete, $"/api/v1/tenants/{tenantId}/stores/{storeCode}", bearer: Terminal.UserToken(tenantId));

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal(TerminalErrorCodes.StoreNotFound, body.GetProperty("userError").GetProperty("code").GetString());
        Assert.Equal($"Store Not found. store_code->{storeCode}, tenant_id->{tenantId}", body.GetProperty("message").GetString());
        Assert.Equal(["store_code"], Json.ErrorFields(body));
        Assert.Equal(HttpStatusCode.NotFound, update.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
    }

    [Fact]
    public async Task The_list_is_paged_by_store_code_with_the_metadata_of_the_page()
    {
        await Terminal.CreatedTenantAsync("T2006");
        foreach (var code in new[] { "S3", "S1", "S5", "S2", "S4" })
        {
            await Terminal.AddedStoreAsync("T2006", code);
        }

        var (status, body) = await Terminal.ReadAsync("T2006", "/api/v1/tenants/T2006/stores?limit=2&page=2");
        var metadata = body.GetProperty("metadata");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("get_stores", body.GetProperty("operation").GetString());
        Assert.Equal("Stores info for tenant T2006", body.GetProperty("message").GetString());
        Assert.Equal(["S3", "S4"], body.GetProperty("data").EnumerateArray().Select(s => s.GetProperty("storeCode").GetString()));
        Assert.Equal(5, metadata.GetProperty("total").GetInt64());
        Assert.Equal(2, metadata.GetProperty("page").GetInt32());
        Assert.Equal(2, metadata.GetProperty("limit").GetInt32());
        Assert.Equal("store_code:1", metadata.GetProperty("sort").GetString());
    }

    [Fact]
    public async Task The_list_sorts_by_the_fields_asked_for_and_limit_0_gives_all()
    {
        await Terminal.CreatedTenantAsync("T2007");
        await Terminal.AddedStoreAsync("T2007", "S1", "Beta");
        await Terminal.AddedStoreAsync("T2007", "S2", "Alpha");
        await Terminal.AddedStoreAsync("T2007", "S3", "Gamma");

        var (_, body) = await Terminal.ReadAsync("T2007", "/api/v1/tenants/T2007/stores?sort=store_name:-1&limit=0");

        Assert.Equal(["Gamma", "Beta", "Alpha"], body.GetProperty("data").EnumerateArray().Select(s => s.GetProperty("storeName").GetString()));
        Assert.Equal("store_name:-1", body.GetProperty("metadata").GetProperty("sort").GetString());
        Assert.Equal(3, body.GetProperty("metadata").GetProperty("total").GetInt64());
    }

    [Theory]
    [InlineData("sort=no_such_field:1", "sort")]
    [InlineData("sort=store_code:2", "sort")]
    [InlineData("limit=-1", "limit")]
    [InlineData("limit=many", "limit")]
    [InlineData("page=0", "page")]
    public async Task A_bad_list_parameter_is_a_422_naming_it(string query, string field)
    {
        await Terminal.CreatedTenantAsync($"T2008{field.Length}{query.Length}");
        var tenantId = $"T2008{field.Length}{query.Length}";

        var (status, body) = await Terminal.ReadAsync(tenantId, $"/api/v1/tenants/{tenantId}/stores?{query}");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal([field], Json.ErrorFields(body));
    }

    [Fact]
    public async Task An_update_renames_and_sets_only_what_it_gives()
    {
        await Terminal.CreatedTenantAsync("T2009");
        using (await Terminal.AddStoreAsync("T2009", new { storeCode = "S1", storeName = "Main", tags = new[] { "city" } }))
        {
        }

        Terminal.Time.Advance(TimeSpan.FromMinutes(3));
        var now = Terminal.Time.GetUtcNow();

        using var response = await Terminal.SendAsync(
            HttpMethod.Put, "/api/v1/tenants/T2009/stores/S1", new { store_name = "Renamed", business_date = "20250301", tags = Array.Empty<string>() }, Terminal.UserToken("T2009"));
        var body = await Json.ReadAsync(response);
        var (_, stored) = await Terminal.ReadAsync("T2009", "/api/v1/tenants/T2009/stores/S1");
        var store = stored.GetProperty("data");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("update_store", body.GetProperty("operation").GetString());
        Assert.Equal("Store updated successfully for tenant T2009", body.GetProperty("message").GetString());
        Assert.Equal("Renamed", store.GetProperty("storeName").GetString());
        Assert.Equal("Idle", store.GetProperty("status").GetString());
        Assert.Equal("20250301", store.GetProperty("businessDate").GetString());
        Assert.Equal(["city"], store.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(now.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), store.GetProperty("lastUpdateDatetime").GetString());
    }

    [Fact]
    public async Task A_deleted_store_is_gone_and_the_answer_names_it()
    {
        await Terminal.CreatedTenantAsync("T2010");
        await Terminal.AddedStoreAsync("T2010", "S1");
        await Terminal.AddedStoreAsync("T2010", "S2");

        using var response = await Terminal.SendAsync(HttpMethod.Delete, "/api/v1/tenants/T2010/stores/S1", bearer: Terminal.UserToken("T2010"));
        var body = await Json.ReadAsync(response);
        var (gone, _) = await Terminal.ReadAsync("T2010", "/api/v1/tenants/T2010/stores/S1");
        var (_, list) = await Terminal.ReadAsync("T2010", "/api/v1/tenants/T2010/stores");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("delete_store", body.GetProperty("operation").GetString());
        Assert.Equal("Store deleted successfully for tenant T2010", body.GetProperty("message").GetString());
        Assert.Equal("S1", body.GetProperty("data").GetProperty("storeCode").GetString());
        Assert.Equal(HttpStatusCode.NotFound, gone);
        Assert.Equal(["S2"], list.GetProperty("data").EnumerateArray().Select(s => s.GetProperty("storeCode").GetString()));
    }

    [Fact]
    public async Task A_terminal_of_the_tenant_reads_stores_but_cannot_write_them()
    {
        await Terminal.CreatedTenantAsync("T2011");
        await Terminal.AddedStoreAsync("T2011", "S1");
        var terminal = Terminal.TerminalToken("T2011");

        using var list = await Terminal.SendAsync(HttpMethod.Get, "/api/v1/tenants/T2011/stores", bearer: terminal);
        using var one = await Terminal.SendAsync(HttpMethod.Get, "/api/v1/tenants/T2011/stores/S1", bearer: terminal);
        using var add = await Terminal.AddStoreAsync("T2011", new { storeCode = "S2", storeName = "x" }, terminal);
        using var update = await Terminal.SendAsync(HttpMethod.Put, "/api/v1/tenants/T2011/stores/S1", new { storeName = "x" }, terminal);
        using var delete = await Terminal.SendAsync(HttpMethod.Delete, "/api/v1/tenants/T2011/stores/S1", bearer: terminal);
        var (_, stored) = await Terminal.ReadAsync("T2011", "/api/v1/tenants/T2011/stores");

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, add.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, update.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        Assert.Equal(["Store S1"], stored.GetProperty("data").EnumerateArray().Select(s => s.GetProperty("storeName").GetString()));
    }

    [Fact]
    public async Task Another_tenants_token_reaches_no_store_and_no_token_is_a_401()
    {
        await Terminal.CreatedTenantAsync("T2012");
        await Terminal.AddedStoreAsync("T2012", "S1");
        var intruder = Terminal.UserToken("T2013");

        using var list = await Terminal.SendAsync(HttpMethod.Get, "/api/v1/tenants/T2012/stores", bearer: intruder);
        using var add = await Terminal.AddStoreAsync("T2012", new { storeCode = "S2", storeName = "x" }, intruder);
        using var delete = await Terminal.SendAsync(HttpMethod.Delete, "/api/v1/tenants/T2012/stores/S1", bearer: intruder);
        using var anonymous = await Terminal.SendAsync(HttpMethod.Get, "/api/v1/tenants/T2012/stores/S1");
        var (_, stored) = await Terminal.ReadAsync("T2012", "/api/v1/tenants/T2012/stores");

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, add.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(1, stored.GetProperty("metadata").GetProperty("total").GetInt64());
    }
}
