using System.Globalization;
using System.Text.Json;
using Kugelpos.Contracts;
using Kugelpos.Report.Reports;
using Kugelpos.ServiceDefaults.Security;

namespace Kugelpos.Report.Journal;

/// <summary>
/// Files a report a terminal asked for in the journal, as the original does: type 501 (flash) or
/// 502 (daily) at the requesting terminal, through Dapr service invocation of the journal's
/// <c>POST .../terminals/{terminal_no}/journals</c> with a service token of the report service. A
/// journal that cannot take it costs the terminal nothing: the report is answered all the same.
/// </summary>
internal sealed partial class ReportJournal(HttpClient invoke, KugelposTokenIssuer tokens, TimeProvider time, ILogger<ReportJournal> logger)
{
    /// <summary>The journal's Dapr app id.</summary>
    public const string AppId = "journal";

    private static readonly JsonSerializerOptions ReportJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public async Task FileAsync(string tenantId, ReportRequest report, IReportView view, TerminalTokenClaims terminal, CancellationToken cancellationToken)
    {
        var type = report.Scope == ReportScope.Daily ? TransactionType.DailyReport : TransactionType.FlashReport;
        var businessDate = report.BusinessDate ?? report.Logs.DateFrom;
        var entry = new JournalEntryRequest
        {
            TenantId = tenantId,
            StoreCode = report.Logs.StoreCode,
            TerminalNo = terminal.TerminalNo,
            TransactionType = (int)type,
            BusinessDate = businessDate,
            OpenCounter = report.Logs.OpenCounter ?? 0,
            BusinessCounter = report.BusinessCounter ?? 0,
            GenerateDateTime = time.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            StaffId = terminal.StaffId ?? "SYSTEM",
            JournalText = view.JournalText ?? JsonSerializer.Serialize(view, view.GetType(), ReportJson),
            ReceiptText = view.ReceiptText ?? $"Report: {report.Type} ({report.Scope})\nStore: {report.Logs.StoreCode}\nDate: {businessDate}",
        };
        var path = $"api/v1/tenants/{Uri.EscapeDataString(tenantId)}/stores/{Uri.EscapeDataString(entry.StoreCode)}/terminals/{entry.TerminalNo}/journals";
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = JsonContent.Create(entry) };
        request.Headers.Authorization = new("Bearer", tokens.IssueServiceToken(ReportService.AppId, tenantId));
        try
        {
            using var response = await invoke.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                LogRefused(logger, (int)type, (int)response.StatusCode);
            }
        }
        catch (HttpRequestException e)
        {
            LogUnreachable(logger, e, (int)type);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The journal answered {StatusCode} to a report of type {TransactionType}; the report is answered all the same")]
    private static partial void LogRefused(ILogger logger, int transactionType, int statusCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The journal could not be reached with a report of type {TransactionType}; the report is answered all the same")]
    private static partial void LogUnreachable(ILogger logger, Exception exception, int transactionType);
}
