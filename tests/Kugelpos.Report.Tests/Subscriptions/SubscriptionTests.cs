using System.Net;
using Kugelpos.Contracts;
using Kugelpos.Contracts.PubSub;
using Kugelpos.Report.Tests.Support;

namespace Kugelpos.Report.Tests.Subscriptions;

public sealed class SubscriptionTests
{
    private const string Report = "/api/v1/tenants/T0001/stores/S01/terminals/1/reports?report_scope=flash&report_type=sales&business_date=" + SampleLogs.DayText;

    [Fact]
    public async Task The_same_transaction_log_delivered_five_times_at_once_counts_once()
    {
        await using var service = await ReportTestService.StartAsync();
        var sale = SampleLogs.Transaction(1, TransactionType.NormalSales, 1000m, 2, [SampleLogs.ExternalTax(1000m, 2)], [SampleLogs.Cash(1100m)]);

        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => service.DeliverAsync(EventChannels.TranlogRoute, sale)));

        foreach (var answer in answers)
        {
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            Assert.Equal("SUCCESS", await ReportTestService.StatusOf(answer));
            answer.Dispose();
        }

        var (status, body) = await service.GetAsync(Report);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1, body.GetProperty("data").GetProperty("salesGross").GetProperty("count").GetInt32());
        Assert.Equal(1100m, body.GetProperty("data").GetProperty("salesGross").GetProperty("amount").GetDecimal());
    }

    [Fact]
    public async Task The_same_cash_log_delivered_five_times_at_once_counts_once()
    {
        await using var service = await ReportTestService.StartAsync();
        var cashIn = SampleLogs.CashMove(500m, 5);

        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => service.AcceptedAsync(EventChannels.CashlogRoute, cashIn)));

        var (_, body) = await service.GetAsync(Report);
        var cash = body.GetProperty("data").GetProperty("cash");
        Assert.Equal(500m, cash.GetProperty("cashIn").GetProperty("amount").GetDecimal());
        Assert.Equal(1, cash.GetProperty("cashIn").GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task The_same_close_log_delivered_five_times_at_once_counts_once()
    {
        await using var service = await ReportTestService.StartAsync();
        var close = SampleLogs.Close(7000m, 0, null, 0, null);

        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => service.AcceptedAsync(EventChannels.OpenCloseLogRoute, close)));

        var (_, body) = await service.GetAsync(Report);
        Assert.Equal(7000m, body.GetProperty("data").GetProperty("cash").GetProperty("physicalAmount").GetDecimal());
    }

    [Fact]
    public async Task A_log_of_a_tenant_never_set_up_is_dropped_to_the_dead_letter_topic()
    {
        await using var service = await ReportTestService.StartAsync();
        var stranger = SampleLogs.CashMove(500m, 5, tenant: "T0099");

        using var response = await service.DeliverAsync(EventChannels.CashlogRoute, stranger);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("DROP", await ReportTestService.StatusOf(response));
    }

    [Fact]
    public async Task A_log_that_is_not_an_event_is_dropped()
    {
        await using var service = await ReportTestService.StartAsync();

        using var response = await service.Host.SendAsync(HttpMethod.Post, EventChannels.TranlogRoute, """{"tenant_id":"T0001","store_code":"S01"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("DROP", await ReportTestService.StatusOf(response));
    }

    [Fact]
    public async Task A_log_arriving_while_the_document_store_is_down_is_to_be_delivered_again()
    {
        await using var service = await ReportTestService.StartAsync(tenant: null);
        service.Host.BreakDataPath();

        using var response = await service.DeliverAsync(EventChannels.OpenCloseLogRoute, SampleLogs.Open(10000m));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("RETRY", await ReportTestService.StatusOf(response));
    }

    [Fact]
    public async Task A_transaction_sent_by_rest_is_stored_once_with_its_event_also_delivered_by_pub_sub()
    {
        await using var service = await ReportTestService.StartAsync();
        var sale = SampleLogs.Transaction(7, TransactionType.NormalSales, 500m, 1, [], [SampleLogs.Cash(500m)]);

        using var created = await service.Host.SendAsync(
            HttpMethod.Post, "/api/v1/tenants/T0001/stores/S01/terminals/1/transactions", Kugelpos.Contracts.Serialization.EventJson.Serialize(sale), service.Host.UserToken("T0001"));
        await service.AcceptedAsync(EventChannels.TranlogRoute, sale);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await Json.ReadAsync(created);
        Assert.Equal("receive_transactions", body.GetProperty("operation").GetString());
        Assert.Equal(7, body.GetProperty("data").GetProperty("transactionNo").GetInt32());
        Assert.Equal("S01", body.GetProperty("data").GetProperty("storeCode").GetString());
        var (_, report) = await service.GetAsync(Report);
        Assert.Equal(1, report.GetProperty("data").GetProperty("salesGross").GetProperty("count").GetInt32());
    }
}
