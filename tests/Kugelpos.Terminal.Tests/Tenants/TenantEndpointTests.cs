using System.Globalization;
using System.Net;
using Kugelpos.Terminal.Tests.Support;

namespace Kugelpos.Terminal.Tests.Tenants;

public sealed class TenantEndpointTests(TerminalSystem system) : IClassFixture<TerminalSystem>
{
    private ServiceTestHost Terminal => system.Service;

    [Fact]
    public async Task A_user_creates_its_tenant_and_master_data_prepares_it_through_the_sidecar()
    {
        var now = Terminal.Time.GetUtcNow();

        using var response = await Terminal.CreateTenantAsync("T1001", new { tenant_id = "T1001", tenant_name = "Shop One", tags = new[] { "retail", "food" } });
        var body = await Json.ReadAsync(response);
        var data = body.GetProperty("data");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("create_tenant", body.GetProperty("operation").GetString());
        Assert.Equal("Tenant created successfully for tenant T1001", body.GetProperty("message").GetString());
        Assert.Equal("T1001", data.GetProperty("tenantId").GetString());
        Assert.Equal("Shop One", data.GetProperty("tenantName").GetString());
        Assert.Equal(["retail", "food"], data.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(0, data.GetProperty("stores").GetArrayLength());
        Assert.Equal(now.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), data.GetProperty("entryDatetime").GetString());
        Assert.Contains(("T1001", "T1001"), system.MasterData.Received);
        Assert.All(system.MasterData.SetUps, setUp => Assert.Contains(("T1001", "T1001"), setUp.Value));
    }

    [Fact]
    public async Task The_tenant_reads_back_with_its_stores()
    {
        await Terminal.CreatedTenantAsync("T1002");
        await Terminal.AddedStoreAsync("T1002", "S2");
        await Terminal.AddedStoreAsync("T1002", "S1");

        var (status, body) = await Terminal.ReadAsync("T1002", "/api/v1/tenants/T1002");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("get_tenant", body.GetProperty("operation").GetString());
        Assert.Equal("Tenant info for tenant T1002", body.GetProperty("message").GetString());
        Assert.Equal("Tenant T1002", body.GetProperty("data").GetProperty("tenantName").GetString());
        Assert.Equal(["S1", "S2"], body.GetProperty("data").GetProperty("stores").EnumerateArray().Select(s => s.GetProperty("storeCode").GetString()));
    }

    [Fact]
    public async Task Creating_a_tenant_twice_is_a_409_naming_the_tenant_id_and_keeps_the_first()
    {
        await Terminal.CreatedTenantAsync("T1003");

        using var response = await Terminal.CreateTenantAsync("T1003", new { tenantId = "T1003", tenantName = "Second", tags = Array.Empty<string>() });
        var body = await Json.ReadAsync(response);
        var (_, stored) = await Terminal.ReadAsync("T1003", "/api/v1/tenants/T1003");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(TerminalErrorCodes.TenantAlreadyExists, body.GetProperty("userError").GetProperty("code").GetString());
        Assert.Equal("Tenant already exists. tenant_id->T1003", body.GetProperty("message").GetString());
        Assert.Equal(["tenantId"], Json.ErrorFields(body));
        Assert.Equal("Tenant T1003", stored.GetProperty("data").GetProperty("tenantName").GetString());
    }

    [Fact]
    public async Task A_user_cannot_create_another_tenant_than_its_own()
    {
        using var response = await Terminal.CreateTenantAsync("T1004", bearer: Terminal.UserToken("T1005"));
        var body = await Json.ReadAsync(response);
        var (status, _) = await Terminal.ReadAsync("T1004", "/api/v1/tenants/T1004");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("tenant_id: T1004 does not match tenant_id: T1005", body.GetProperty("message").GetString());
        Assert.Equal(["tenantId"], Json.ErrorFields(body));
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.DoesNotContain(system.MasterData.Received, r => r.BodyTenantId == "T1004");
    }

    [Fact]
    public async Task Only_a_users_token_creates_a_tenant()
    {
        using var anonymous = await Terminal.SendAsync(HttpMethod.Post, "/api/v1/tenants", new { tenantId = "T1006", tenantName = "x", tags = Array.Empty<string>() });
        using var terminal = await Terminal.CreateTenantAsync("T1006", bearer: Terminal.TerminalToken("T1006"));
        using var service = await Terminal.CreateTenantAsync("T1006", bearer: Terminal.ServiceToken("T1006"));
        using var forged = await Terminal.CreateTenantAsync("T1006", bearer: Terminal.UserToken("T1006") + "x");
        var (status, _) = await Terminal.ReadAsync("T1006", "/api/v1/tenants/T1006");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, terminal.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, service.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Theory]
    [InlineData("master-data", "T1007", TerminalErrorCodes.MasterDataServiceError)]
    [InlineData("cart", "T1015", TerminalErrorCodes.CartServiceError)]
    [InlineData("report", "T1016", TerminalErrorCodes.ReportServiceError)]
    [InlineData("journal", "T1017", TerminalErrorCodes.JournalServiceError)]
    [InlineData("stock", "T1018", TerminalErrorCodes.ExternalServiceError)]
    public async Task When_a_service_cannot_prepare_the_tenant_it_is_not_kept_the_error_names_the_service_and_it_can_be_created_again(
        string appId, string tenantId, string code)
    {
        SetAnswer(appId, 500);
        HttpResponseMessage failed;
        try
        {
            failed = await Terminal.CreateTenantAsync(tenantId);
        }
        finally
        {
            SetAnswer(appId, 201);
        }

        var body = await Json.ReadAsync(failed);
        var (afterFailure, _) = await Terminal.ReadAsync(tenantId, $"/api/v1/tenants/{tenantId}");
        using var retried = await Terminal.CreateTenantAsync(tenantId);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);
        Assert.Equal(code, body.GetProperty("userError").GetProperty("code").GetString());
        Assert.Equal($"The {appId} service cannot set up tenant {tenantId} now; try again later", body.GetProperty("message").GetString());
        Assert.Equal(HttpStatusCode.NotFound, afterFailure);
        Assert.Equal(HttpStatusCode.Created, retried.StatusCode);
        failed.Dispose();
    }

    private void SetAnswer(string appId, int status)
    {
        if (appId == "master-data")
        {
            system.MasterData.Answer = status;
        }
        else
        {
            system.MasterData.Answers[appId] = status;
        }
    }

    [Fact]
    public async Task An_unknown_tenant_is_a_404_naming_the_tenant_id()
    {
        var (status, body) = await Terminal.ReadAsync("T1008", "/api/v1/tenants/T1008");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal(TerminalErrorCodes.TenantNotFound, body.GetProperty("userError").GetProperty("code").GetString());
        Assert.Equal("Tenant Info Not found. tenant_id->T1008", body.GetProperty("message").GetString());
        Assert.Equal(["tenant_id"], Json.ErrorFields(body));
        Assert.Equal("get_tenant", body.GetProperty("operation").GetString());
    }

    [Fact]
    public async Task An_update_replaces_name_and_tags_and_reads_back()
    {
        await Terminal.CreatedTenantAsync("T1009");
        Terminal.Time.Advance(TimeSpan.FromMinutes(5));
        var now = Terminal.Time.GetUtcNow();

        using var response = await Terminal.SendAsync(
            HttpMethod.Put, "/api/v1/tenants/T1009", new { tenantName = "Renamed", tags = Array.Empty<string>() }, Terminal.UserToken("T1009"));
        var body = await Json.ReadAsync(response);
        var (_, stored) = await Terminal.ReadAsync("T1009", "/api/v1/tenants/T1009");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("update_tenant", body.GetProperty("operation").GetString());
        Assert.Equal("Tenant updated successfully for tenant T1009", body.GetProperty("message").GetString());
        Assert.Equal("Renamed", stored.GetProperty("data").GetProperty("tenantName").GetString());
        Assert.Equal(0, stored.GetProperty("data").GetProperty("tags").GetArrayLength());
        Assert.Equal(now.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), stored.GetProperty("data").GetProperty("lastUpdateDatetime").GetString());
    }

    [Fact]
    public async Task Updating_an_unknown_tenant_is_a_404()
    {
        using var response = await Terminal.SendAsync(
            HttpMethod.Put, "/api/v1/tenants/T1010", new { tenantName = "Renamed", tags = Array.Empty<string>() }, Terminal.UserToken("T1010"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_deleted_tenant_and_its_stores_are_gone_and_it_can_be_created_afresh()
    {
        await Terminal.CreatedTenantAsync("T1011");
        await Terminal.AddedStoreAsync("T1011", "S1");

        using var deleted = await Terminal.SendAsync(HttpMethod.Delete, "/api/v1/tenants/T1011", bearer: Terminal.UserToken("T1011"));
        var body = await Json.ReadAsync(deleted);
        var (afterDelete, _) = await Terminal.ReadAsync("T1011", "/api/v1/tenants/T1011");
        using var again = await Terminal.SendAsync(HttpMethod.Delete, "/api/v1/tenants/T1011", bearer: Terminal.UserToken("T1011"));
        await Terminal.CreatedTenantAsync("T1011");
        var (_, recreated) = await Terminal.ReadAsync("T1011", "/api/v1/tenants/T1011");

        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Equal("delete_tenant", body.GetProperty("operation").GetString());
        Assert.Equal("Tenant deleted successfully for tenant T1011", body.GetProperty("message").GetString());
        Assert.Equal("T1011", body.GetProperty("data").GetProperty("tenantId").GetString());
        Assert.Equal(HttpStatusCode.NotFound, afterDelete);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal(0, recreated.GetProperty("data").GetProperty("stores").GetArrayLength());
    }

    [Fact]
    public async Task Another_tenants_token_neither_reads_nor_changes_nor_deletes_the_tenant()
    {
        await Terminal.CreatedTenantAsync("T1012");
        var intruder = Terminal.UserToken("T1013");

        using var read = await Terminal.SendAsync(HttpMethod.Get, "/api/v1/tenants/T1012", bearer: intruder);
        using var update = await Terminal.SendAsync(HttpMethod.Put, "/api/v1/tenants/T1012", new { tenantName = "Mine", tags = Array.Empty<string>() }, intruder);
        using var delete = await Terminal.SendAsync(HttpMethod.Delete, "/api/v1/tenants/T1012", bearer: intruder);
        var (_, stored) = await Terminal.ReadAsync("T1012", "/api/v1/tenants/T1012");

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, update.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        Assert.Equal("Tenant T1012", stored.GetProperty("data").GetProperty("tenantName").GetString());
    }

    [Fact]
    public async Task A_terminal_of_the_tenant_reads_it_but_cannot_change_or_delete_it()
    {
        await Terminal.CreatedTenantAsync("T1014");
        var terminal = Terminal.TerminalToken("T1014");

        using var read = await Terminal.SendAsync(HttpMethod.Get, "/api/v1/tenants/T1014", bearer: terminal);
        using var update = await Terminal.SendAsync(HttpMethod.Put, "/api/v1/tenants/T1014", new { tenantName = "Mine", tags = Array.Empty<string>() }, terminal);
        using var delete = await Terminal.SendAsync(HttpMethod.Delete, "/api/v1/tenants/T1014", bearer: terminal);

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, update.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
    }

    [Fact]
    public async Task A_signed_token_whose_tenant_id_breaks_the_rule_finds_no_tenant_and_no_store()
    {
        var odd = Terminal.UserToken("T-1");

        using var tenant = await Terminal.SendAsync(HttpMethod.Get, "/api/v1/tenants/T-1", bearer: odd);
        using var stores = await Terminal.SendAsync(HttpMethod.Get, "/api/v1/tenants/T-1/stores", bearer: odd);
        using var delete = await Terminal.SendAsync(HttpMethod.Delete, "/api/v1/tenants/T-1", bearer: odd);

        Assert.Equal(HttpStatusCode.NotFound, tenant.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, stores.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
    }
}
