using System.Globalization;
using System.Net;
using Kugelpos.Contracts;
using Kugelpos.Contracts.PubSub;
using Kugelpos.Report.DailyInfo;
using Kugelpos.Report.Reports;
using Kugelpos.Report.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static Kugelpos.Report.Tests.Support.SampleLogs;

namespace Kugelpos.Report.Tests.DailyInfo;

public sealed class DailyInfoTests
{
    private const string TerminalDaily = "/api/v1/tenants/T0001/stores/S01/terminals/1/reports?report_scope=daily&report_type=sales&business_date=" + DayText;

    [Fact]
    public async Task A_refused_daily_report_records_the_session_unverified_with_its_reason_and_a_later_one_records_it_verified()
    {
        await using var service = await ReportTestService.StartAsync();
        await service.AcceptedAsync(EventChannels.OpenCloseLogRoute, Open(0m));
        await service.AcceptedAsync(EventChannels.OpenCloseLogRoute, Close(100m, 1, 1, 0, null));

        var (refused, _) = await service.GetAsync(TerminalDaily);

        Assert.Equal(HttpStatusCode.Forbidden, refused);
        var unverified = await RecordAsync(service);
        Assert.NotNull(unverified);
        Assert.False(unverified.Verified);
        Assert.Contains("0 of 1 transaction logs received", unverified.VerifiedMessage, StringComparison.Ordinal);
        Assert.Equal((ReportTestService.Tenant, "S01", 1, DayText, (int?)1), (unverified.TenantId, unverified.StoreCode, unverified.TerminalNo, unverified.BusinessDate, unverified.OpenCounter));

        service.Host.Time.Advance(TimeSpan.FromMinutes(5));
        await service.AcceptedAsync(EventChannels.TranlogRoute, Transaction(1, TransactionType.NormalSales, 100m, 1, [], [Cash(100m)]));
        var (answered, _) = await service.GetAsync(TerminalDaily);

        Assert.Equal(HttpStatusCode.OK, answered);
        var verified = await RecordAsync(service);
        Assert.NotNull(verified);
        Assert.True(verified.Verified);
        Assert.Equal(DailyCheck.VerifiedMessage, verified.VerifiedMessage);
        Assert.Equal(service.Host.Time.GetUtcNow(), DateTimeOffset.Parse(verified.VerifiedUpdateTime, CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_session_recorded_verified_is_not_checked_again()
    {
        await using var service = await ReportTestService.StartAsync();
        await service.AcceptedAsync(EventChannels.OpenCloseLogRoute, Open(0m));
        await service.AcceptedAsync(EventChannels.TranlogRoute, Transaction(1, TransactionType.NormalSales, 100m, 1, [], [Cash(100m)]));
        await service.AcceptedAsync(EventChannels.OpenCloseLogRoute, Close(100m, 1, 1, 0, null));
        Assert.Equal(HttpStatusCode.OK, (await service.GetAsync(TerminalDaily)).Status);

        // A log arriving after the session was verified no longer matches the close's counts.
        await service.AcceptedAsync(EventChannels.TranlogRoute, Transaction(2, TransactionType.NormalSales, 50m, 1, [], [Cash(50m)]));
        var (status, _) = await service.GetAsync(TerminalDaily);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True((await RecordAsync(service))?.Verified);
    }

    [Fact]
    public async Task A_flash_report_records_nothing()
    {
        await using var service = await ReportTestService.StartAsync();
        await service.AcceptedAsync(EventChannels.OpenCloseLogRoute, Open(0m));

        var (status, _) = await service.GetAsync(TerminalDaily.Replace("daily", "flash", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Null(await RecordAsync(service));
    }

    private static Task<DailyInfoDocument?> RecordAsync(ReportTestService service) =>
        service.Host.Services.GetRequiredService<DailyInfoStore>().GetAsync(ReportTestService.Tenant, "S01", 1, DayText, 1, CancellationToken.None);
}
