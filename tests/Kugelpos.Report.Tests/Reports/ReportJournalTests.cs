using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Kugelpos.Contracts;
using Kugelpos.Contracts.PubSub;
using Kugelpos.Report.Tests.Support;
using Kugelpos.ServiceDefaults.Security;
using Kugelpos.Sidecar;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using static Kugelpos.Report.Tests.Support.SampleLogs;

namespace Kugelpos.Report.Tests.Reports;

/// <summary>The report service beside a journal stand-in, each with its sidecar in one cluster, as on one machine.</summary>
public sealed class ReportJournalTests : IAsyncLifetime
{
    private const string Query = "?report_scope=flash&report_type=sales&business_date=" + DayText;

    private readonly SidecarCluster _cluster = new(TimeProvider.System, NullLoggerFactory.Instance);
    private readonly ConcurrentQueue<(string Path, string? Authorization, JsonElement Body)> _filed = new();
    private ServiceTestHost? _journal;
    private ReportTestService? _report;

    private ReportTestService Report => _report!;

    public async Task InitializeAsync()
    {
        _journal = await ServiceTestHost.StartAsync(
            _ => { },
            app => app.MapPost("/api/v1/tenants/{tenant_id}/stores/{store_code}/terminals/{terminal_no}/journals", async (HttpContext context) =>
            {
                using var body = await JsonDocument.ParseAsync(context.Request.Body);
                _filed.Enqueue((context.Request.Path.Value!, context.Request.Headers.Authorization.ToString(), body.RootElement.Clone()));
                return Results.Json(new { success = true }, statusCode: StatusCodes.Status201Created);
            }),
            sidecar: new TestSidecar("journal") { Cluster = _cluster });
        _report = await ReportTestService.StartAsync(sidecar: TestSidecar.ForSubscriber(ReportService.AppId) with { Cluster = _cluster });
    }

    public async Task DisposeAsync()
    {
        if (_report is not null)
        {
            await _report.DisposeAsync();
        }

        if (_journal is not null)
        {
            await _journal.DisposeAsync();
        }

        await _cluster.DisposeAsync();
    }

    [Fact]
    public async Task A_flash_report_a_terminal_asks_for_is_filed_in_the_journal_as_type_501_at_that_terminal()
    {
        await Report.AcceptedAsync(EventChannels.TranlogRoute, Transaction(1, TransactionType.NormalSales, 1000m, 1, [], [Cash(1000m)]));

        using var response = await Report.Host.SendAsync(HttpMethod.Get, "/api/v1/tenants/T0001/stores/S01/reports" + Query, bearer: TerminalToken(2));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (path, authorization, body) = Assert.Single(_filed);
        Assert.Equal("/api/v1/tenants/T0001/stores/S01/terminals/2/journals", path);
        Assert.StartsWith("Bearer ", authorization, StringComparison.Ordinal);
        Assert.Equal(501, body.GetProperty("transactionType").GetInt32());
        Assert.Equal(2, body.GetProperty("terminalNo").GetInt32());
        Assert.Equal("T0001", body.GetProperty("tenantId").GetString());
        Assert.Equal(DayText, body.GetProperty("businessDate").GetString());
        Assert.Equal("S001", body.GetProperty("staffId").GetString());
        Assert.Equal(0, body.GetProperty("receiptNo").GetInt32());
        // The report's own slip, as the original files it.
        Assert.StartsWith("<?xml version=\"1.0\" ?>\n<PrintData>", body.GetProperty("receiptText").GetString(), StringComparison.Ordinal);
        Assert.Contains("売 上 合 計", body.GetProperty("journalText").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("S777", "S777")]
    [InlineData(null, "SYSTEM")]
    public async Task A_report_asked_for_with_a_terminal_api_key_is_filed_under_the_staff_the_terminal_service_names(string? signedIn, string filedAs)
    {
        // The terminal service, reached through the sidecar as the API key check reaches it, with the staff signed in there (or none).
        await using var terminal = await ServiceTestHost.StartAsync(
            _ => { },
            app => app.MapGet("/api/v1/terminals/{terminal_id}", (string terminal_id, HttpRequest request) =>
                request.Headers["X-API-KEY"] == "key-of-terminal-3"
                    ? Results.Json(new
                    {
                        success = true,
                        data = new
                        {
                            tenantId = ReportTestService.Tenant,
                            storeCode = Store,
                            terminalNo = 3,
                            terminalId = terminal_id,
                            status = "Opened",
                            businessDate = DayText,
                            openCounter = 1,
                            staff = signedIn is null ? null : new { staffId = signedIn, staffName = "Bob" },
                        },
                    })
                    : Results.Json(new { success = false }, statusCode: StatusCodes.Status401Unauthorized)),
            sidecar: new TestSidecar("terminal") { Cluster = _cluster });

        using var response = await Report.Host.SendAsync(
            HttpMethod.Get,
            "/api/v1/tenants/T0001/stores/S01/reports" + Query + "&terminal_id=T0001-S01-3",
            headers: new Dictionary<string, string> { ["X-API-KEY"] = "key-of-terminal-3" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var filed = Assert.Single(_filed);
        Assert.Equal("/api/v1/tenants/T0001/stores/S01/terminals/3/journals", filed.Path);
        Assert.Equal(filedAs, filed.Body.GetProperty("staffId").GetString());
    }

    [Fact]
    public async Task A_daily_report_a_terminal_asks_for_is_filed_as_type_502()
    {
        using var response = await Report.Host.SendAsync(
            HttpMethod.Get, "/api/v1/tenants/T0001/stores/S01/terminals/1/reports?report_scope=daily&report_type=sales&business_date=" + DayText, bearer: TerminalToken(1));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(502, Assert.Single(_filed).Body.GetProperty("transactionType").GetInt32());
    }

    [Fact]
    public async Task A_report_a_user_asks_for_is_not_filed()
    {
        var (status, _) = await Report.GetAsync("/api/v1/tenants/T0001/stores/S01/reports" + Query);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(_filed);
    }

    [Fact]
    public async Task A_refused_report_is_not_filed()
    {
        using var response = await Report.Host.SendAsync(HttpMethod.Get, "/api/v1/tenants/T0001/stores/S01/reports?report_scope=flash&report_type=weather&business_date=" + DayText, bearer: TerminalToken(1));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(_filed);
    }

    [Fact]
    public async Task A_report_is_answered_while_the_journal_is_down()
    {
        await _journal!.DisposeAsync();
        _journal = null;

        using var response = await Report.Host.SendAsync(HttpMethod.Get, "/api/v1/tenants/T0001/stores/S01/reports" + Query, bearer: TerminalToken(1));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_filed);
    }

    private string TerminalToken(int terminalNo) =>
        Report.Host.Services.GetRequiredService<KugelposTokenIssuer>().IssueTerminalToken(new TerminalTokenClaims
        {
            TenantId = ReportTestService.Tenant,
            StoreCode = Store,
            TerminalNo = terminalNo,
            TerminalId = $"{ReportTestService.Tenant}-{Store}-{terminalNo}",
            Status = "Opened",
            BusinessDate = DayText,
            OpenCounter = 1,
            BusinessCounter = 1,
            StaffId = "S001",
            StaffName = "Alice",
        });
}
