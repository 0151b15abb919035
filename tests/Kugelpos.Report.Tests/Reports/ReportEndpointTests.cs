using System.Net;
using System.Text.Json;
using Kugelpos.Contracts;
using Kugelpos.Contracts.PubSub;
using Kugelpos.Report.Tests.Support;
using static Kugelpos.Report.Tests.Support.SampleLogs;

namespace Kugelpos.Report.Tests.Reports;

public sealed class ReportEndpointTests
{
    private const string StoreReports = "/api/v1/tenants/T0001/stores/S01/reports";

    private const string TerminalReports = "/api/v1/tenants/T0001/stores/S01/terminals/1/reports";

    [Fact]
    public async Task A_flash_sales_report_of_a_terminal_answers_the_original_shape()
    {
        await using var service = await ReportTestService.StartAsync();
        await service.AcceptedAsync(EventChannels.TranlogRoute, Transaction(1, TransactionType.NormalSales, 1000m, 2, [ExternalTax(1000m, 2)], [Cash(1100m)]));

        var (status, body) = await service.GetAsync($"{TerminalReports}?report_scope=flash&report_type=sales&business_date={DayText}&open_counter=1&business_counter=1");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Sales report fetched successfully", body.GetProperty("message").GetString());
        Assert.Equal("get_report_for_terminal", body.GetProperty("operation").GetString());
        var data = body.GetProperty("data");
        Assert.Equal(
            ["tenantId", "storeCode", "terminalNo", "businessDate", "businessDateFrom", "businessDateTo", "openCounter", "businessCounter",
             "salesGross", "salesNet", "discountForLineitems", "discountForSubtotal", "returns", "taxes", "payments", "cash", "receiptText", "journalText"],
            Json.PropertyNames(data));
        Assert.Equal(1, data.GetProperty("terminalNo").GetInt32());
        Assert.Equal(DayText, data.GetProperty("businessDate").GetString());
        Assert.Equal(1100m, data.GetProperty("salesGross").GetProperty("amount").GetDecimal());
        Assert.Equal(1000m, data.GetProperty("salesNet").GetProperty("amount").GetDecimal());
        Assert.Equal(["taxName", "taxAmount", "targetAmount", "targetQuantity"], Json.PropertyNames(data.GetProperty("taxes")[0]));
        Assert.Equal(["paymentName", "amount", "count"], Json.PropertyNames(data.GetProperty("payments")[0]));
        Assert.Equal(["logicalAmount", "physicalAmount", "differenceAmount", "cashIn", "cashOut"], Json.PropertyNames(data.GetProperty("cash")));
    }

    [Fact]
    public async Task A_store_report_sums_its_terminals_and_a_terminal_report_only_its_own()
    {
        await using var service = await ReportTestService.StartAsync();
        await service.AcceptedAsync(EventChannels.TranlogRoute, Transaction(1, TransactionType.NormalSales, 1000m, 1, [], [Cash(1000m)], terminalNo: 1));
        await service.AcceptedAsync(EventChannels.TranlogRoute, Transaction(1, TransactionType.NormalSales, 300m, 1, [], [Cash(300m)], terminalNo: 2));

        var store = await service.GetAsync($"{StoreReports}?report_scope=flash&report_type=sales&business_date={DayText}");
        var terminal2 = await service.GetAsync($"/api/v1/tenants/T0001/stores/S01/terminals/2/reports?report_scope=flash&report_type=sales&business_date={DayText}");

        Assert.Equal(1300m, store.Body.GetProperty("data").GetProperty("salesGross").GetProperty("amount").GetDecimal());
        Assert.Equal(JsonValueKind.Null, store.Body.GetProperty("data").GetProperty("terminalNo").ValueKind);
        Assert.Equal("get_report_for_store", store.Body.GetProperty("operation").GetString());
        Assert.Equal(300m, terminal2.Body.GetProperty("data").GetProperty("salesGross").GetProperty("amount").GetDecimal());
    }

    [Fact]
    public async Task An_open_counter_limits_the_report_to_that_session()
    {
        await using var service = await ReportTestService.StartAsync();
        await service.AcceptedAsync(EventChannels.TranlogRoute, Transaction(1, TransactionType.NormalSales, 1000m, 1, [], [Cash(1000m)], openCounter: 1));
        await service.AcceptedAsync(EventChannels.TranlogRoute, Transaction(2, TransactionType.NormalSales, 300m, 1, [], [Cash(300m)], openCounter: 2));

        var (_, second) = await service.GetAsync($"{TerminalReports}?report_scope=flash&report_type=sales&business_date={DayText}&open_counter=2");
        var (_, day) = await service.GetAsync($"{TerminalReports}?report_scope=flash&report_type=sales&business_date={DayText}");

        Assert.Equal(300m, second.GetProperty("data").GetProperty("salesGross").GetProperty("amount").GetDecimal());
        Assert.Equal(1300m, day.GetProperty("data").GetProperty("salesGross").GetProperty("amount").GetDecimal());
    }

    [Fact]
    public async Task A_daily_report_over_a_date_range_sums_the_days_without_the_close_check()
    {
        await using var service = await ReportTestService.StartAsync();
        await service.AcceptedAsync(EventChannels.TranlogRoute, Transaction(1, TransactionType.NormalSales, 1000m, 1, [], [Cash(1000m)], day: Day.AddDays(-1)));
        await service.AcceptedAsync(EventChannels.TranlogRoute, Transaction(2, TransactionType.NormalSales, 300m, 1, [], [Cash(300m)], day: Day));
        await service.AcceptedAsync(EventChannels.TranlogRoute, Transaction(3, TransactionType.NormalSales, 50m, 1, [], [Cash(50m)], day: Day.AddDays(1)));

        // The days were never closed: a range is not checked, as in the original.
        var (status, body) = await service.GetAsync($"{StoreReports}?report_scope=daily&report_type=sales&business_date_from=20261129&business_date_to=20261130");

        Assert.Equal(HttpStatusCode.OK, status);
        var data = body.GetProperty("data");
        Assert.Equal(1300m, data.GetProperty("salesGross").GetProperty("amount").GetDecimal());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("businessDate").ValueKind);
        Assert.Equal("20261129", data.GetProperty("businessDateFrom").GetString());
        Assert.Equal("20261130", data.GetProperty("businessDateTo").GetString());
    }

    [Fact]
    public async Task The_legacy_flush_scope_is_read_as_flash()
    {
        await using var service = await ReportTestService.StartAsync();

        var (status, _) = await service.GetAsync($"{TerminalReports}?report_scope=flush&report_type=sales&business_date={DayText}");

        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task A_report_is_refused_to_another_tenant()
    {
        await using var service = await ReportTestService.StartAsync();

        using var response = await service.Host.SendAsync(
            HttpMethod.Get, $"{TerminalReports}?report_scope=flash&report_type=sales&business_date={DayText}", bearer: service.Host.UserToken("T0002"));

        Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized, response.StatusCode.ToString());
    }

    [Theory]
    [InlineData("report_type=sales&business_date=20261130", 422, "report_scope", "300001")]
    [InlineData("report_scope=weekly&report_type=sales&business_date=20261130", 400, "report_scope", "412005")]
    [InlineData("report_scope=flash&business_date=20261130", 422, "report_type", "300001")]
    [InlineData("report_scope=flash&report_type=weather&business_date=20261130", 404, "report_type", "412001")]
    [InlineData("report_scope=flash&report_type=sales", 400, "business_date", "412006")]
    [InlineData("report_scope=daily&report_type=sales&business_date_from=20261130", 400, "business_date", "412006")]
    [InlineData("report_scope=flash&report_type=sales&business_date=2026-11-30", 400, "business_date", "412006")]
    [InlineData("report_scope=flash&report_type=sales&business_date=20261131", 400, "business_date", "412006")]
    [InlineData("report_scope=flash&report_type=sales&business_date_from=20261129&business_date_to=20261130", 400, "business_date_from", "412006")]
    [InlineData("report_scope=daily&report_type=sales&business_date_from=20261201&business_date_to=20261130", 400, "business_date_from", "412006")]
    [InlineData("report_scope=flash&report_type=sales&business_date=20261130&open_counter=abc", 422, "open_counter", "300001")]
    [InlineData("report_scope=flash&report_type=sales&business_date=20261130&business_counter=-1", 422, "business_counter", "300001")]
    [InlineData("report_scope=flash&report_type=sales&business_date=20261130&limit=abc", 422, "limit", "300001")]
    [InlineData("report_scope=flash&report_type=sales&business_date=20261130&page=0", 422, "page", "300001")]
    public async Task A_bad_report_query_is_refused_naming_the_parameter(string query, int status, string field, string code)
    {
        await using var service = await ReportTestService.StartAsync();

        foreach (var path in new[] { StoreReports, TerminalReports })
        {
            var (answered, body) = await service.GetAsync($"{path}?{query}");

            Assert.Equal(status, (int)answered);
            Assert.False(body.GetProperty("success").GetBoolean());
            Assert.Equal(code, body.GetProperty("userError").GetProperty("code").GetString());
            Assert.Contains(field, Json.ErrorFields(body));
        }
    }
}
