using System.Net;
using Kugelpos.Contracts;
using Kugelpos.Contracts.Serialization;
using Kugelpos.Report.Tests.Support;

namespace Kugelpos.Report.Tests.Subscriptions;

public sealed class ReceiveTransactionTests
{
    private const string Path = "/api/v1/tenants/T0001/stores/S01/terminals/1/transactions";

    private const string Report = "/api/v1/tenants/T0001/stores/S01/reports?report_scope=flash&report_type=sales&business_date=" + SampleLogs.DayText;

    private static readonly string Sale = EventJson.Serialize(
        SampleLogs.Transaction(1, TransactionType.NormalSales, 100m, 1, [], [SampleLogs.Cash(100m)]));

    [Theory]
    [InlineData("/api/v1/tenants/T0001/stores/S02/terminals/1/transactions", "store_code", 400)]
    [InlineData("/api/v1/tenants/T0001/stores/S01/terminals/2/transactions", "terminal_no", 400)]
    public async Task A_transaction_sent_to_another_terminals_path_is_refused_and_not_stored(string path, string field, int status)
    {
        await using var service = await ReportTestService.StartAsync();

        using var response = await service.Host.SendAsync(HttpMethod.Post, path, Sale, service.Host.UserToken("T0001"));

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Contains(field, Json.ErrorFields(await Json.ReadAsync(response)));
        await AssertNothingStoredAsync(service);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"tenant_id":"T0001","store_code":"S01","terminal_no":1}""")]
    [InlineData("""{"tenant_id":"T0001","store_code":"S01","terminal_no":"one","event_id":"8c9e3c55-5b4f-4b7c-9d1e-1f0c8d1e2a3b"}""")]
    public async Task A_body_that_is_not_a_transaction_log_is_refused_and_not_stored(string body)
    {
        await using var service = await ReportTestService.StartAsync();

        using var response = await service.Host.SendAsync(HttpMethod.Post, Path, body, service.Host.UserToken("T0001"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var envelope = await Json.ReadAsync(response);
        Assert.False(envelope.GetProperty("success").GetBoolean());
        Assert.NotEmpty(Json.ErrorFields(envelope));
        await AssertNothingStoredAsync(service);
    }

    [Fact]
    public async Task A_transaction_of_a_tenant_never_set_up_is_refused_naming_tenant_id()
    {
        await using var service = await ReportTestService.StartAsync(tenant: null);

        using var response = await service.Host.SendAsync(HttpMethod.Post, Path, Sale, service.Host.UserToken("T0001"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("tenant_id", Json.ErrorFields(await Json.ReadAsync(response)));
    }

    [Fact]
    public async Task A_transaction_is_taken_only_from_its_own_tenant()
    {
        await using var service = await ReportTestService.StartAsync();

        using var stranger = await service.Host.SendAsync(HttpMethod.Post, Path, Sale, service.Host.UserToken("T0002"));
        using var anonymous = await service.Host.SendAsync(HttpMethod.Post, Path, Sale);

        Assert.True(stranger.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized, stranger.StatusCode.ToString());
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        await AssertNothingStoredAsync(service);
    }

    private static async Task AssertNothingStoredAsync(ReportTestService service)
    {
        var (_, report) = await service.GetAsync(Report);
        Assert.Equal(0, report.GetProperty("data").GetProperty("salesGross").GetProperty("count").GetInt32());
    }
}
