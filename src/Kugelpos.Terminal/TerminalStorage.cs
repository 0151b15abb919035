namespace Kugelpos.Terminal;

/// <summary>Where the terminal service keeps its documents, named as in the original.</summary>
internal static class TerminalStorage
{
    /// <summary>Database prefix: each tenant's documents live in <c>db_terminal_{tenant_id}</c>.</summary>
    public const string DatabasePrefix = "db_terminal";

    /// <summary>The tenant's own document.</summary>
    public const string TenantInfo = "info_tenant";

    /// <summary>Ours: the tenant's stores, one document each (the original embedded them in the tenant's).</summary>
    public const string StoreInfo = "info_store";

    /// <summary>The documents that list and query the tenant's terminals.</summary>
    public const string TerminalInfo = "info_terminal";

    /// <summary>The cash-in/out logs.</summary>
    public const string CashInOutLog = "log_cash_in_out";

    /// <summary>The open/close logs.</summary>
    public const string OpenCloseLog = "log_open_close";

    /// <summary>Delivery status of the published terminal logs.</summary>
    public const string TerminalLogDeliveryStatus = "status_terminal_delivery";
}
