using System.Net;
using Kugelpos.Journal.Tests.Support;

namespace Kugelpos.Journal.Tests.Tenants;

public sealed class TenantTests
{
    [Fact]
    public async Task A_tenant_is_prepared_with_the_originals_answer_and_again_without_harm()
    {
        await using var service = await JournalTestService.StartAsync(prepare: false);

        var (status, body) = await service.CallAsync(HttpMethod.Post, "/api/v1/tenants", new { tenantId = JournalTestService.Tenant });
        var (again, _) = await service.CallAsync(HttpMethod.Post, "/api/v1/tenants", new { tenantId = JournalTestService.Tenant });

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal(HttpStatusCode.Created, again);
        Assert.Equal($"Creating tenant has completed: {JournalTestService.Tenant}", body.GetProperty("message").GetString());
        Assert.Equal("create_tenant", body.GetProperty("operation").GetString());
        Assert.Equal(JournalTestService.Tenant, body.GetProperty("data").GetProperty("tenantId").GetString());
    }

    [Fact]
    public async Task Another_tenant_than_the_tokens_is_a_400_naming_tenantId()
    {
        await using var service = await JournalTestService.StartAsync(prepare: false);

        var (status, body) = await service.CallAsync(HttpMethod.Post, "/api/v1/tenants", new { tenantId = "T9002" });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["tenantId"], Json.ErrorFields(body));
    }

    [Fact]
    public async Task A_terminal_cannot_prepare_a_tenant()
    {
        await using var service = await JournalTestService.StartAsync(prepare: false);

        using var response = await service.Host.SendAsync(
            HttpMethod.Post, $"/api/v1/tenants?terminal_id={JournalTestService.TerminalOne.TerminalId}", new { tenantId = JournalTestService.Tenant },
            headers: new Dictionary<string, string> { ["X-API-KEY"] = JournalTestService.TerminalOne.ApiKey });

        Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized, $"got {response.StatusCode}");
    }
}
