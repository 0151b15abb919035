namespace Kugelpos.Report.Logs;

/// <summary>Where the report service keeps the logs it reports from: the original's database and collection names.</summary>
internal static class ReportStorage
{
    /// <summary>The per-tenant database prefix: <c>db_report_{tenant_id}</c>.</summary>
    public const string DatabasePrefix = "db_report";

    /// <summary>The transaction logs.</summary>
    public const string TransactionCollection = "log_tran";

    /// <summary>The cash in/out logs.</summary>
    public const string CashInOutCollection = "log_cash_in_out";

    /// <summary>The open/close logs.</summary>
    public const string OpenCloseCollection = "log_open_close";

    /// <summary>The daily check's outcome per terminal session (the original's <c>info_daily</c>).</summary>
    public const string DailyInfoCollection = "info_daily";

    /// <summary>The mark that the tenant was set up through <c>POST /api/v1/tenants</c>.</summary>
    public const string TenantCollection = "info_tenant";
}
