using System.Net;
using Kugelpos.Stock.Tests.Support;

namespace Kugelpos.Stock.Tests.Tenants;

public sealed class TenantTests
{
    [Fact]
    public async Task Creating_the_tokens_tenant_answers_201_and_may_be_repeated()
    {
        await using var stock = await StockTestService.StartAsync(prepareTenant: false);

        var first = await stock.SendAsync(HttpMethod.Post, "/api/v1/tenants", new { tenantId = "T1" });
        var again = await stock.SendAsync(HttpMethod.Post, "/api/v1/tenants", new { tenant_id = "T1" });

        Assert.Equal((HttpStatusCode.Created, "T1", "Creating tenant has completed: T1", "create_tenant"),
            (first.Status, first.Data.GetProperty("tenantId").GetString(), first.Message, first.Operation));
        Assert.Equal(HttpStatusCode.Created, again.Status);
    }

    [Fact]
    public async Task Another_tenant_than_the_tokens_is_a_400_naming_tenantId_and_creates_nothing()
    {
        await using var stock = await StockTestService.StartAsync(prepareTenant: false);

        var refused = await stock.SendAsync(HttpMethod.Post, "/api/v1/tenants", new { tenantId = "T2" });

        Assert.Equal((HttpStatusCode.BadRequest, "tenantId"), (refused.Status, Assert.Single(refused.ErrorFields)));
        Assert.Equal((HttpStatusCode.OK, "DROP"), await stock.DeliverAsync(SampleLogs.Sale(("A", 1)) with { TenantId = "T2" }));
    }

    [Fact]
    public async Task A_body_without_tenantId_is_a_422_naming_it()
    {
        await using var stock = await StockTestService.StartAsync(prepareTenant: false);

        var refused = await stock.SendAsync(HttpMethod.Post, "/api/v1/tenants", new { });

        Assert.Equal((HttpStatusCode.UnprocessableEntity, "tenantId"), (refused.Status, Assert.Single(refused.ErrorFields)));
    }

    [Fact]
    public async Task A_terminal_or_no_token_may_not_create_a_tenant()
    {
        await using var stock = await StockTestService.StartAsync(prepareTenant: false);

        using var anonymous = await stock.Host.SendAsync(HttpMethod.Post, "/api/v1/tenants", new { tenantId = "T1" });

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }
}
