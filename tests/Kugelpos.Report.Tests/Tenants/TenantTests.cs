using System.Net;
using Kugelpos.Contracts.PubSub;
using Kugelpos.Report.Tests.Support;

namespace Kugelpos.Report.Tests.Tenants;

public sealed class TenantTests
{
    [Fact]
    public async Task A_tenant_set_up_answers_as_the_original_and_may_be_set_up_again()
    {
        await using var service = await ReportTestService.StartAsync(tenant: null);

        using var first = await service.CreateTenantAsync("T0001");
        using var again = await service.CreateTenantAsync("T0001");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        var body = await Json.ReadAsync(first);
        Assert.Equal("Creating tenant has completed: T0001", body.GetProperty("message").GetString());
        Assert.Equal("create_tenant", body.GetProperty("operation").GetString());
        Assert.Equal("T0001", body.GetProperty("data").GetProperty("tenantId").GetString());
    }

    [Fact]
    public async Task Logs_of_a_tenant_are_taken_only_once_it_is_set_up()
    {
        await using var service = await ReportTestService.StartAsync(tenant: null);
        var cashIn = SampleLogs.CashMove(100m, 1);

        using var before = await service.DeliverAsync(EventChannels.CashlogRoute, cashIn);
        using var created = await service.CreateTenantAsync("T0001");
        using var after = await service.DeliverAsync(EventChannels.CashlogRoute, cashIn);

        Assert.Equal("DROP", await ReportTestService.StatusOf(before));
        Assert.Equal("SUCCESS", await ReportTestService.StatusOf(after));
    }

    [Fact]
    public async Task Another_tenant_than_the_tokens_is_refused_naming_tenant_id_and_not_set_up()
    {
        await using var service = await ReportTestService.StartAsync(tenant: null);

        using var response = await service.Host.SendAsync(HttpMethod.Post, "/api/v1/tenants", new { tenantId = "T0002" }, service.Host.UserToken("T0001"));
        using var delivered = await service.DeliverAsync(EventChannels.CashlogRoute, SampleLogs.CashMove(100m, 1, tenant: "T0002"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("tenantId", Json.ErrorFields(await Json.ReadAsync(response)));
        Assert.Equal("DROP", await ReportTestService.StatusOf(delivered));
    }

    [Theory]
    [InlineData("{}", "tenantId")]
    [InlineData("""{"tenantId":"bad tenant!"}""", "tenantId")]
    [InlineData("""{"tenantId":12}""", "tenantId")]
    public async Task A_bad_tenant_body_is_refused_naming_the_field(string body, string field)
    {
        await using var service = await ReportTestService.StartAsync(tenant: null);

        using var response = await service.Host.SendAsync(HttpMethod.Post, "/api/v1/tenants", body, service.Host.UserToken("T0001"));

        Assert.True((int)response.StatusCode is >= 400 and < 500, response.StatusCode.ToString());
        Assert.Contains(field, Json.ErrorFields(await Json.ReadAsync(response)));
    }

    [Fact]
    public async Task A_tenant_is_set_up_only_by_a_user()
    {
        await using var service = await ReportTestService.StartAsync(tenant: null);

        using var anonymous = await service.Host.SendAsync(HttpMethod.Post, "/api/v1/tenants", new { tenantId = "T0001" });

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }
}
