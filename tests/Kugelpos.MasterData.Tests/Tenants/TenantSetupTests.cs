using System.Net;
using Kugelpos.MasterData.Tests.Support;

namespace Kugelpos.MasterData.Tests.Tenants;

public class TenantSetupTests
{
    private const string Tenants = "/api/v1/tenants";

    [Fact]
    public async Task A_user_prepares_the_tenant_of_its_token_and_may_do_so_again()
    {
        await using var service = await MasterDataTestService.StartAsync();

        var created = await service.AsUserAsync(HttpMethod.Post, Tenants, new { tenantId = MasterDataApi.Tenant });
        var again = await service.AsUserAsync(HttpMethod.Post, Tenants, new { tenant_id = MasterDataApi.Tenant });

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal("create_tenant", created.Operation);
        Assert.Equal("Creating tenant has completed: T1000", created.Message);
        Assert.Equal("T1000", created.Data.GetProperty("tenantId").GetString());
        Assert.True(File.Exists(Path.Combine(service.DataPath, "db_master_data_T1000.db")));
        Assert.Equal(HttpStatusCode.Created, again.Status);
    }

    [Fact]
    public async Task A_prepared_tenant_holds_no_data_yet_but_the_tax_master()
    {
        await using var service = await MasterDataTestService.StartAsync();
        await service.AsUserAsync(HttpMethod.Post, Tenants, new { tenantId = MasterDataApi.Tenant });

        var categories = await service.AsUserAsync(HttpMethod.Get, MasterDataApi.Root + "/categories");
        var items = await service.AsUserAsync(HttpMethod.Get, MasterDataApi.Root + "/items");
        var payments = await service.AsUserAsync(HttpMethod.Get, MasterDataApi.Root + "/payments");
        var taxes = await service.AsUserAsync(HttpMethod.Get, MasterDataApi.Root + "/taxes");

        Assert.Empty(categories.Data.EnumerateArray());
        Assert.Empty(items.Data.EnumerateArray());
        Assert.Empty(payments.Data.EnumerateArray());
        Assert.Equal(5, taxes.Data.GetArrayLength());
    }

    [Fact]
    public async Task Another_tenant_than_the_tokens_is_a_400_and_prepares_nothing()
    {
        await using var service = await MasterDataTestService.StartAsync();

        var reply = await service.AsUserAsync(HttpMethod.Post, Tenants, new { tenantId = MasterDataApi.OtherTenant });

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal(["tenantId"], reply.ErrorFields);
        Assert.False(File.Exists(Path.Combine(service.DataPath, "db_master_data_T2000.db")));
    }

    [Fact]
    public async Task A_missing_or_malformed_tenant_id_is_a_422_naming_it()
    {
        await using var service = await MasterDataTestService.StartAsync();

        var missing = await service.AsUserAsync(HttpMethod.Post, Tenants, new { });
        var malformed = await service.AsUserAsync(HttpMethod.Post, Tenants, new { tenantId = "../x" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, missing.Status);
        Assert.Equal(["tenantId"], missing.ErrorFields);
        Assert.Equal(["tenantId"], malformed.ErrorFields);
    }

    [Fact]
    public async Task Preparing_a_tenant_takes_a_users_token()
    {
        await using var service = await MasterDataTestService.StartAsync();
        var body = new { tenantId = MasterDataApi.Tenant };

        var anonymous = await service.CallAsync(HttpMethod.Post, Tenants, body, token: null);
        var terminal = await service.CallAsync(HttpMethod.Post, Tenants, body, service.TerminalToken());
        var serviceToken = await service.CallAsync(HttpMethod.Post, Tenants, body, service.ServiceToken());

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.Status);
        Assert.Equal(HttpStatusCode.Forbidden, terminal.Status);
        Assert.Equal(HttpStatusCode.Forbidden, serviceToken.Status);
    }
}
