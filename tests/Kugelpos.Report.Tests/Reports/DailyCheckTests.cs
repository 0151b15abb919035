using System.Net;
using Kugelpos.Contracts;
using Kugelpos.Contracts.PubSub;
using Kugelpos.Report.Tests.Support;
using static Kugelpos.Report.Tests.Support.SampleLogs;

namespace Kugelpos.Report.Tests.Reports;

public sealed class DailyCheckTests
{
    private const string Daily = "reports?report_scope=daily&report_type=sales&business_date=" + DayText;

    private const string Store = "/api/v1/tenants/T0001/stores/S01/";

    [Fact]
    public async Task A_terminal_closed_with_every_log_received_gets_its_daily_report()
    {
        await using var service = await ReportTestService.StartAsync();
        await DayOfTerminalAsync(service, 1, allTransactionsArrive: true);

        var (status, body) = await service.GetAsync(Store + "terminals/1/" + Daily);

        Assert.Equal(HttpStatusCode.OK, status);

        // 1000 + 500 in cash (the cancelled sale is counted by the close log but not sold), 200 put in: logical 1700, counted 1700
        var cash = body.GetProperty("data").GetProperty("cash");
        Assert.Equal(1700m, cash.GetProperty("logicalAmount").GetDecimal());
        Assert.Equal(0m, cash.GetProperty("differenceAmount").GetDecimal());
    }

    [Fact]
    public async Task A_daily_report_of_a_terminal_still_open_is_refused()
    {
        await using var service = await ReportTestService.StartAsync();
        await service.AcceptedAsync(EventChannels.OpenCloseLogRoute, Open(10000m));

        var (status, body) = await service.GetAsync(Store + "terminals/1/" + Daily);

        AssertNotClosed(status, body, "no close log");
    }

    [Fact]
    public async Task A_daily_report_is_refused_while_a_transaction_log_the_close_counted_has_not_arrived()
    {
        await using var service = await ReportTestService.StartAsync();
        await DayOfTerminalAsync(service, 1, allTransactionsArrive: false);

        var (status, body) = await service.GetAsync(Store + "terminals/1/" + Daily);

        AssertNotClosed(status, body, "2 of 3 transaction logs received");
    }

    [Fact]
    public async Task A_daily_report_is_refused_while_a_cash_log_the_close_counted_has_not_arrived()
    {
        await using var service = await ReportTestService.StartAsync();
        await service.AcceptedAsync(EventChannels.OpenCloseLogRoute, Open(0m));
        await service.AcceptedAsync(EventChannels.OpenCloseLogRoute, Close(0m, 0, null, 1, Morning.AddMinutes(3)));

        var (status, body) = await service.GetAsync(Store + "terminals/1/" + Daily);

        AssertNotClosed(status, body, "0 of 1 cash in/out logs received");
    }

    [Fact]
    public async Task A_store_daily_report_waits_for_every_terminal_that_opened_while_a_closed_terminal_gets_its_own()
    {
        await using var service = await ReportTestService.StartAsync();
        await DayOfTerminalAsync(service, 1, allTransactionsArrive: true);
        await service.AcceptedAsync(EventChannels.OpenCloseLogRoute, Open(0m, terminalNo: 2));

        var store = await service.GetAsync(Store + Daily);
        var terminal1 = await service.GetAsync(Store + "terminals/1/" + Daily);

        AssertNotClosed(store.Status, store.Body, "terminal 2");
        Assert.Equal(HttpStatusCode.OK, terminal1.Status);

        await service.AcceptedAsync(EventChannels.OpenCloseLogRoute, Close(0m, 0, null, 0, null, terminalNo: 2));
        var (status, body) = await service.GetAsync(Store + Daily);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1500m, body.GetProperty("data").GetProperty("salesGross").GetProperty("amount").GetDecimal());
    }

    [Fact]
    public async Task Each_session_of_the_day_is_checked_against_its_own_close()
    {
        await using var service = await ReportTestService.StartAsync();
        await DayOfTerminalAsync(service, 1, allTransactionsArrive: true);
        await service.AcceptedAsync(EventChannels.OpenCloseLogRoute, Open(0m, openCounter: 2));
        await service.AcceptedAsync(EventChannels.TranlogRoute, Transaction(4, TransactionType.NormalSales, 100m, 1, [], [Cash(100m)], openCounter: 2));
        await service.AcceptedAsync(EventChannels.OpenCloseLogRoute, Close(100m, 1, 4, 0, null, openCounter: 2));

        var (day, _) = await service.GetAsync(Store + "terminals/1/" + Daily);
        var (session, body) = await service.GetAsync(Store + "terminals/1/" + Daily + "&open_counter=2");

        Assert.Equal(HttpStatusCode.OK, day);
        Assert.Equal(HttpStatusCode.OK, session);
        Assert.Equal(100m, body.GetProperty("data").GetProperty("salesGross").GetProperty("amount").GetDecimal());
    }

    [Fact]
    public async Task A_terminal_that_never_opened_does_not_hold_up_the_daily_report()
    {
        await using var service = await ReportTestService.StartAsync();
        await service.AcceptedAsync(EventChannels.TranlogRoute, Transaction(1, TransactionType.NormalSales, 100m, 1, [], [Cash(100m)], terminalNo: 3));

        var (status, _) = await service.GetAsync(Store + Daily);

        Assert.Equal(HttpStatusCode.OK, status);
    }

    // Terminal opens with 0, sells 1000 and 500 in cash, cancels one sale, takes 200 in, counts 1700 and closes.
    private static async Task DayOfTerminalAsync(ReportTestService service, int terminalNo, bool allTransactionsArrive)
    {
        await service.AcceptedAsync(EventChannels.OpenCloseLogRoute, Open(0m, terminalNo));
        await service.AcceptedAsync(EventChannels.TranlogRoute, Transaction(1, TransactionType.NormalSales, 1000m, 1, [], [Cash(1000m)], terminalNo: terminalNo));
        await service.AcceptedAsync(EventChannels.TranlogRoute, Transaction(2, TransactionType.NormalSales, 700m, 1, [], [], cancelled: true, terminalNo: terminalNo));
        var cashIn = CashMove(200m, 2, terminalNo);
        await service.AcceptedAsync(EventChannels.CashlogRoute, cashIn);
        if (!allTransactionsArrive)
        {
            // The close counts a third transaction whose log is still on its way.
            await service.AcceptedAsync(EventChannels.OpenCloseLogRoute, Close(1700m, 3, 3, 1, cashIn.GenerateDateTime, terminalNo));
            return;
        }

        await service.AcceptedAsync(EventChannels.TranlogRoute, Transaction(3, TransactionType.NormalSales, 500m, 1, [], [Cash(500m)], terminalNo: terminalNo));
        await service.AcceptedAsync(EventChannels.OpenCloseLogRoute, Close(1700m, 3, 3, 1, cashIn.GenerateDateTime, terminalNo));
    }

    private static void AssertNotClosed(HttpStatusCode status, System.Text.Json.JsonElement body, string reason)
    {
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal(ReportErrorCodes.TerminalNotClosed, body.GetProperty("userError").GetProperty("code").GetString());
        Assert.Contains("Terminal is not closed", body.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains(reason, body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
