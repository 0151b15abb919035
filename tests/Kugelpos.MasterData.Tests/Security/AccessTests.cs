using System.Net;
using Kugelpos.MasterData.Tests.Support;

namespace Kugelpos.MasterData.Tests.Security;

/// <summary>Who may read and who may write each resource group, and that a refused write changes nothing.</summary>
public class AccessTests
{
    public static TheoryData<string, string> Writes => new()
    {
        { "POST", "/categories" },
        { "PUT", "/categories/C01" },
        { "DELETE", "/categories/C01" },
        { "POST", "/items" },
        { "PUT", "/items/I01" },
        { "DELETE", "/items/I01" },
        { "POST", "/stores/S001/items" },
        { "PUT", "/stores/S001/items/I01" },
        { "DELETE", "/stores/S001/items/I01" },
        { "POST", "/payments" },
        { "PUT", "/payments/P01" },
        { "DELETE", "/payments/P01" },
    };

    public static TheoryData<string> Reads => new()
    {
        "/categories",
        "/categories/C01",
        "/items",
        "/items/I01",
        "/stores/S001/items",
        "/stores/S001/items/I01",
        "/stores/S001/items/I01/details",
        "/payments",
        "/payments/P01",
        "/taxes",
        "/taxes/01",
    };

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task A_write_needs_a_user_token_of_the_tenant_and_a_refused_one_changes_nothing(string method, string path)
    {
        await using var service = await MasterDataTestService.StartAsync();
        await SeedAsync(service);
        var before = await SnapshotAsync(service);
        var body = Body(path);

        var anonymous = await service.CallAsync(new HttpMethod(method), MasterDataApi.Root + path, body, token: null);
        var otherTenant = await service.CallAsync(new HttpMethod(method), MasterDataApi.Root + path, body, service.UserToken(MasterDataApi.OtherTenant));
        var terminal = await service.CallAsync(new HttpMethod(method), MasterDataApi.Root + path, body, service.TerminalToken());
        var serviceToken = await service.CallAsync(new HttpMethod(method), MasterDataApi.Root + path, body, service.ServiceToken());

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.Status);
        Assert.Equal(HttpStatusCode.Forbidden, otherTenant.Status);
        Assert.Equal(HttpStatusCode.Forbidden, terminal.Status);
        Assert.Equal(HttpStatusCode.Forbidden, serviceToken.Status);
        Assert.Equal(before, await SnapshotAsync(service));
    }

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task A_read_takes_a_user_terminal_or_service_token_of_the_tenant_and_its_api_key_query_parameters(string path)
    {
        await using var service = await MasterDataTestService.StartAsync();
        await SeedAsync(service);
        var url = MasterDataApi.Root + path;

        var user = await service.CallAsync(HttpMethod.Get, url, null, service.UserToken(MasterDataApi.Tenant));
        var terminal = await service.CallAsync(HttpMethod.Get, url + "?terminal_id=T1000-S001-1&is_terminal_service=true", null, service.TerminalToken());
        var serviceToken = await service.CallAsync(HttpMethod.Get, url, null, service.ServiceToken());

        Assert.Equal(HttpStatusCode.OK, user.Status);
        Assert.Equal(HttpStatusCode.OK, terminal.Status);
        Assert.Equal(HttpStatusCode.OK, serviceToken.Status);
    }

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task A_read_without_a_token_or_with_another_tenants_is_refused(string path)
    {
        await using var service = await MasterDataTestService.StartAsync();
        var url = MasterDataApi.Root + path;

        var anonymous = await service.CallAsync(HttpMethod.Get, url, null, token: null);
        var otherUser = await service.CallAsync(HttpMethod.Get, url, null, service.UserToken(MasterDataApi.OtherTenant));
        var otherTerminal = await service.CallAsync(HttpMethod.Get, url, null, service.TerminalToken(MasterDataApi.OtherTenant));
        var forged = await service.CallAsync(HttpMethod.Get, url, null, service.UserToken(MasterDataApi.Tenant) + "x");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.Status);
        Assert.Equal(HttpStatusCode.Forbidden, otherUser.Status);
        Assert.Equal(HttpStatusCode.Forbidden, otherTerminal.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.Status);
    }

    [Fact]
    public async Task One_tenants_master_data_is_not_seen_by_another()
    {
        await using var service = await MasterDataTestService.StartAsync();
        await SeedAsync(service);
        var other = service.UserToken(MasterDataApi.OtherTenant);

        var categories = await service.CallAsync(HttpMethod.Get, "/api/v1/tenants/T2000/categories", null, other);
        var item = await service.CallAsync(HttpMethod.Get, "/api/v1/tenants/T2000/items/I01", null, other);
        var sameCode = await service.CallAsync(
            HttpMethod.Post,
            "/api/v1/tenants/T2000/payments",
            new { paymentCode = "P01", description = "Cash", limitAmount = 0, canRefund = true, canDepositOver = true, canChange = true, isActive = true },
            other);

        Assert.Empty(categories.Data.EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, item.Status);
        Assert.Equal(HttpStatusCode.Created, sameCode.Status);
    }

    private static object? Body(string path) => path switch
    {
        "/categories" => new { categoryCode = "C02", description = "x", descriptionShort = "x", taxCode = "01" },
        "/categories/C01" => new { description = "x", descriptionShort = "x", taxCode = "01" },
        "/items" => Seed.Item("I02"),
        "/items/I01" => Seed.Item("I01", unitPrice: 1),
        "/stores/S001/items" => new { itemCode = "I01", storePrice = 1 },
        "/stores/S001/items/I01" => new { storePrice = 1 },
        "/payments" => Seed.Payment("P02"),
        "/payments/P01" => Seed.Payment("P01", limitAmount: 1),
        _ => null,
    };

    private static async Task SeedAsync(ServiceTestHost service)
    {
        await service.AsUserAsync(HttpMethod.Post, MasterDataApi.Root + "/categories", new { categoryCode = "C01", description = "Drinks", descriptionShort = "D", taxCode = "01" });
        await service.AsUserAsync(HttpMethod.Post, MasterDataApi.Root + "/items", Seed.Item("I01"));
        await service.AsUserAsync(HttpMethod.Post, MasterDataApi.Root + "/stores/S001/items", new { itemCode = "I01", storePrice = 90 });
        await service.AsUserAsync(HttpMethod.Post, MasterDataApi.Root + "/payments", Seed.Payment("P01"));
    }

    private static async Task<string> SnapshotAsync(ServiceTestHost service)
    {
        var parts = new List<string>();
        foreach (var path in new[] { "/categories", "/items", "/stores/S001/items", "/payments" })
        {
            parts.Add((await service.AsUserAsync(HttpMethod.Get, MasterDataApi.Root + path)).Data.ToString());
        }

        return string.Join("\n", parts);
    }
}
