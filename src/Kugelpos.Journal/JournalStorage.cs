namespace Kugelpos.Journal;

/// <summary>The journal's database and collection names, the original's.</summary>
internal static class JournalStorage
{
    public const string DatabasePrefix = "db_journal";
    public const string JournalCollection = "journal";
    public const string TransactionLogCollection = "log_tran";
    public const string CashInOutLogCollection = "log_cash_in_out";
    public const string OpenCloseLogCollection = "log_open_close";

    /// <summary>Ours: one document per prepared tenant, so a log for a tenant never set up is known as such.</summary>
    public const string TenantCollection = "info_tenant";
}
