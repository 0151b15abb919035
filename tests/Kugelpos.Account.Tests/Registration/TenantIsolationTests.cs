using System.Net;
using Kugelpos.Account.Tests.Support;

namespace Kugelpos.Account.Tests.Registration;

public class TenantIsolationTests
{
    [Fact]
    public async Task Two_tenants_never_see_each_others_users()
    {
        await using var service = await AccountTestService.StartAsync();
        await service.RegisterTenantAsync("SHOP_A", "admin", "secret-a");
        await service.RegisterTenantAsync("SHOP_B", "admin", "secret-b");
        var tokenA = await service.TokenAsync("admin", "secret-a", "SHOP_A");
        var tokenB = await service.TokenAsync("admin", "secret-b", "SHOP_B");

        using var clerkA = await service.RegisterUserAsync(tokenA, new { username = "clerk", password = "clerk-a" });
        using var clerkB = await service.RegisterUserAsync(tokenB, new { username = "clerk", password = "clerk-b" });
        using var adminAInB = await service.LoginAsync("admin", "secret-a", "SHOP_B");
        using var clerkAInB = await service.LoginAsync("clerk", "clerk-a", "SHOP_B");
        using var clerkBInA = await service.LoginAsync("clerk", "clerk-b", "SHOP_A");

        Assert.Equal(HttpStatusCode.Created, clerkA.StatusCode);
        Assert.Equal(HttpStatusCode.Created, clerkB.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, adminAInB.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, clerkAInB.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, clerkBInA.StatusCode);
        Assert.NotEmpty(await service.TokenAsync("clerk", "clerk-a", "SHOP_A"));
        Assert.NotEmpty(await service.TokenAsync("clerk", "clerk-b", "SHOP_B"));
        Assert.Equal("SHOP_A", (await service.StoredUserAsync("SHOP_A", "clerk")).TenantId);
        Assert.Equal("SHOP_B", (await service.StoredUserAsync("SHOP_B", "clerk")).TenantId);
    }
}
