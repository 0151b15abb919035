namespace Kugelpos.Contracts.Tests.TestSupport;

/// <summary>Hand-written wire documents under Samples/, copied next to the test assembly.</summary>
internal static class Samples
{
    public const string TranlogSale = "tranlog-sale.json";
    public const string TranlogVoid = "tranlog-void.json";
    public const string CashlogCashOut = "cashlog-cash-out.json";
    public const string OpenCloseLogClose = "opencloselog-close.json";
    public const string OriginalOpenCloseLogClose = "original/opencloselog-close.json";

    public static string Read(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", name));
}
