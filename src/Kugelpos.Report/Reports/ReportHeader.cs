namespace Kugelpos.Report.Reports;

/// <summary>The identity of a report every type answers first: whose, which terminal, which dates and session.</summary>
internal sealed record ReportHeader(
    string TenantId, string StoreCode, int? TerminalNo, string? BusinessDate, string? BusinessDateFrom, string? BusinessDateTo, int? OpenCounter, int? BusinessCounter)
{
    public static ReportHeader Of(string tenantId, ReportRequest request) => new(
        tenantId,
        request.Logs.StoreCode,
        request.Logs.TerminalNo,
        request.BusinessDate,
        request.IsRange ? request.Logs.DateFrom : null,
        request.IsRange ? request.Logs.DateTo : null,
        request.Logs.OpenCounter,
        request.BusinessCounter);
}
